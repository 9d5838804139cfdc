# sitrep event patterns: SUPPORT (praise, endorse, defend verbally, recognise, apologise, sign agreements)
# Source: written by the sitrep authors from the PLOVER manual (draft 0.8, 2021) and the
# CAMEO codebook categories; no third-party text is copied. Licence: as the sitrep repository.
# Format: docs/patterns.md. One pattern per line: slots A (actor) and R (recipient),
# lemmas, (optional parts), {choice|choice}, !exclusions, then => TYPE[/mode] CAMEO [attrs].

A support R                                                      => SUPPORT 050
A back R !down !off !out                                         => SUPPORT 050
A agree to back R                                              => SUPPORT 050
A endorse R                                                      => SUPPORT 051
A praise R                                                       => SUPPORT 051
A thank R                                                      => SUPPORT 051
A hail R                                                         => SUPPORT 051
A commend R                                                      => SUPPORT 051
A applaud R                                                      => SUPPORT 051
A welcome R's {decision|move|step|offer|proposal|statement|plan|agreement|initiative|effort} => SUPPORT 051
A welcome (the) {truce|ceasefire|deal|agreement|accord|decision|move|step|release|election|result} => SUPPORT 051
A defend R                                                       => SUPPORT 052 need=R
A stand by R                                                     => SUPPORT 052
A side with R                                                    => SUPPORT 052
A express {support|solidarity} {for|with|to} R                   => SUPPORT 050
A voice {support|solidarity} {for|with} R                        => SUPPORT 050
A extend support to R                                            => SUPPORT 050
A offer {support|solidarity} (to R)                              => SUPPORT 050
A vow support {for|to} R                                         => SUPPORT 050
A pledge support {for|to} R                                      => SUPPORT 050
A rally support for R                                            => SUPPORT 053
A recognize R                                                    => SUPPORT 054
A recognise R                                                    => SUPPORT 054
A establish {diplomatic|relation|tie} (with R)                   => SUPPORT 054
A restore {diplomatic|relation|tie} (with R)                     => SUPPORT 054
A apologize (to R)                                               => SUPPORT 055
A apologise (to R)                                               => SUPPORT 055
A forgive R                                                      => SUPPORT 056
A pardon R                                                       => SUPPORT 056
A sign {treaty|agreement|accord|deal|pact|memorandum|protocol|declaration|ceasefire|truce|armistice} with R => SUPPORT 057
A sign {treaty|agreement|accord|deal|pact|memorandum|protocol|declaration|ceasefire|truce|armistice} => SUPPORT 057 sym
A conclude {treaty|agreement|accord|pact} (with R)               => SUPPORT 057 sym
A ratify {treaty|agreement|accord|pact}                          => SUPPORT 057
A call R {timely|effective|justified|legitimate|necessary|righteous|appropriate|just|lawful} => SUPPORT 051
A describe R as {timely|effective|justified|legitimate|necessary|righteous|appropriate|just|lawful} => SUPPORT 051
A's support for R                                                => SUPPORT 050
A's treaty with R                                                => SUPPORT 057
treaty between A                                                 => SUPPORT 057 sym conf=0.7
