# sitrep event patterns: PROTEST (demonstrations, riots, strikes, hunger strikes, boycotts, obstruction, vandalism)
# Source: written by the sitrep authors from the PLOVER manual (draft 0.8, 2021) and the
# CAMEO codebook categories; no third-party text is copied. Licence: as the sitrep repository.
# Format: docs/patterns.md. One pattern per line: slots A (actor) and R (recipient),
# lemmas, (optional parts), {choice|choice}, !exclusions, then => TYPE[/mode] CAMEO [attrs].

A protest (against) R                                            => PROTEST/demo 141
A demonstrate against R                                        => PROTEST/demo 141
A {protest|demonstrate}                                          => PROTEST/demo 141 conf=0.6
A rally against R                                                => PROTEST/demo 141
A march (against R)                                              => PROTEST/demo 141 conf=0.6
A stage (a) {protest|demonstration|rally|march|sit-in} (against R) => PROTEST/demo 141
A hold (a) {protest|demonstration|rally|march|sit-in} (against R) => PROTEST/demo 141
A riot (against R)                                               => PROTEST/riot 145
A go on hunger strike                                            => PROTEST/hunger 142
A stage (a) hunger strike                                        => PROTEST/hunger 142
A go on strike                                                   => PROTEST/strike 143
A stage (a) {walkout|strike|stoppage}                            => PROTEST/strike 143
A boycott R                                                      => PROTEST/boycott 143
A block {road|highway|traffic|access|entrance|bridge|port|border} => PROTEST/obstruct 144
A blockade R                                                     => PROTEST/obstruct 144 conf=0.6
A vandalize R                                                    => PROTEST/vandalize 145
A deface R                                                       => PROTEST/vandalize 145
