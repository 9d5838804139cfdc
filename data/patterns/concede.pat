# sitrep event patterns: CONCEDE (ease restrictions, accede to demands, yield politically)
# Source: written by the sitrep authors from the PLOVER manual (draft 0.8, 2021) and the
# CAMEO codebook categories; no third-party text is copied. Licence: as the sitrep repository.
# Format: docs/patterns.md. One pattern per line: slots A (actor) and R (recipient),
# lemmas, (optional parts), {choice|choice}, !exclusions, then => TYPE[/mode] CAMEO [attrs].

A ease {restriction|ban|curb|control} (on R)                     => CONCEDE 081
A lift {curfew|ban|restriction} (on R)                           => CONCEDE 081
A legalize R                                                     => CONCEDE 0812
A accede to R's {demand|request|call}                            => CONCEDE 083
A accede to {demand|request|call} (of R)                         => CONCEDE 083
A yield to R's {demand|pressure|request}                         => CONCEDE 080
A yield to {demand|pressure|request} (from R)                    => CONCEDE 080
A give in to R                                                   => CONCEDE 080
A bow to {pressure|demand} (from R)                              => CONCEDE 080
A concede (to R)                                                 => CONCEDE 080
A meet R's {demand|request}                                      => CONCEDE 083
A change {policy|course} (after R)                               => CONCEDE 0832
A withdraw (the) {bill|law|decree|plan|proposal|tax|reform|legislation} => CONCEDE 0832
A scrap (the) {bill|law|decree|plan|proposal|tax|reform|legislation} => CONCEDE 0832
A grant {right|freedom|amnesty} (to R)                           => CONCEDE 0833
