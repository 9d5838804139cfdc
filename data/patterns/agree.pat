# sitrep event patterns: AGREE (intent to cooperate, to meet, to yield; agreements reached)
# Source: written by the sitrep authors from the PLOVER manual (draft 0.8, 2021) and the
# CAMEO codebook categories; no third-party text is copied. Licence: as the sitrep repository.
# Format: docs/patterns.md. One pattern per line: slots A (actor) and R (recipient),
# lemmas, (optional parts), {choice|choice}, !exclusions, then => TYPE[/mode] CAMEO [attrs].

A agree to {meet|talk|negotiate|hold|resume} (with R)           => AGREE 036 sym
A agree to {cooperate|work} (with R)                             => AGREE 030
A agree to {ceasefire|truce|cease-fire|halt|stop|end}            => AGREE 0356 ctx=military
A agree to {release|free} (R)                                    => AGREE 0353
A agree to {aid|help|assist|supply|provide} (R)                  => AGREE 033
A agree on (a) {ceasefire|truce|cease-fire}                      => AGREE 0356 ctx=military sym
A agree on (the) (text) (of) (a) {treaty|agreement|deal|accord|text} => AGREE 030 sym
A agree with R                                                   => AGREE 030
A agree                                                          => AGREE 030 conf=0.6 sym
A reach {consensus|agreement|accord|deal|understanding|compromise} (with R) => AGREE 030 sym
A strike (a) deal (with R)                                       => AGREE 030 sym
A offer to {mediate|broker}                                      => AGREE 039
A offer to {meet|talk|negotiate|host}                                 => AGREE 036
A offer {help|aid|assistance} (to R)                             => AGREE 033
A pledge {aid|assistance|help} (to R)                            => AGREE 033
A promise {aid|assistance|help} (to R)                           => AGREE 033
A pledge to {cooperate|work} (with R)                            => AGREE 030
A pledge not to use force (against R)                          => AGREE 0356 ctx=military sym
A pledge to admit R                                            => AGREE 030
A vow to {cooperate|strengthen|boost|deepen|expand} ({tie|relation|cooperation|partnership}) (with R) => AGREE 030
A express {willingness|readiness} to {meet|talk|negotiate} (with R) => AGREE 036
A express {willingness|readiness} to {cooperate|work} (with R)   => AGREE 030
A be {ready|willing|prepared} to {meet|talk|negotiate} (with R)  => AGREE 036
A be {ready|willing|prepared} to {sign|cooperate|work} (with R)  => AGREE 030
A accept R's {proposal|offer|plan|invitation|mediation}          => AGREE 038
A accept {mediation|proposal|offer|plan|invitation} (from R)     => AGREE 038
A's agreement to {ceasefire|truce|cease-fire}                    => AGREE 0356 ctx=military
A's offer to {mediate|talk|negotiate}                            => AGREE 036
