# sitrep event patterns: ACCUSE (disapprove, criticise, accuse, investigate, sue)
# Source: written by the sitrep authors from the PLOVER manual (draft 0.8, 2021) and the
# CAMEO codebook categories; no third-party text is copied. Licence: as the sitrep repository.
# Format: docs/patterns.md. One pattern per line: slots A (actor) and R (recipient),
# lemmas, (optional parts), {choice|choice}, !exclusions, then => TYPE[/mode] CAMEO [attrs].

A accuse R                                                       => ACCUSE/allege 112
A accuse R of war crime                                      => ACCUSE/allege 1124
A accuse R of {aggression|attack|invasion|provocation}           => ACCUSE/allege 1123
A accuse R of {spy|spying|espionage|treason}                     => ACCUSE/allege 1125
A accuse R of {corruption|fraud|bribery|crime}                   => ACCUSE/allege 1121
A accuse R of {abuse|torture|genocide|atrocity}                  => ACCUSE/allege 1122
A blame R (for)                                                  => ACCUSE/allege 112
A condemn R                                                      => ACCUSE/disapprove 111
A denounce R                                                     => ACCUSE/disapprove 111
A criticize R                                                    => ACCUSE/disapprove 111
A criticise R                                                    => ACCUSE/disapprove 111
A slam R                                                         => ACCUSE/disapprove 111
A blast R                                                        => ACCUSE/disapprove 111 conf=0.6
A rebuke R                                                       => ACCUSE/disapprove 111
A censure R                                                      => ACCUSE/disapprove 111
A castigate R                                                    => ACCUSE/disapprove 111
A deplore R                                                      => ACCUSE/disapprove 111
A lambast R                                                      => ACCUSE/disapprove 111
A decry R                                                        => ACCUSE/disapprove 111
A call R {absurd|unacceptable|illegal|illegitimate|reckless|provocative|irresponsible|shameful|outrageous|criminal|dangerous} => ACCUSE/disapprove 111
A describe R as {absurd|unacceptable|illegal|illegitimate|reckless|provocative|irresponsible|shameful|outrageous|criminal|dangerous} => ACCUSE/disapprove 111
A protest (against) R's                                          => ACCUSE/disapprove 114 conf=0.6
A lodge {protest|complaint} {with|against} R                     => ACCUSE/allege 114
A file {complaint|protest} {with|against} R                      => ACCUSE/allege 114
A sue R                                                          => ACCUSE/allege 115
A file (a) {lawsuit|suit} against R                              => ACCUSE/allege 115
A investigate R                                                  => ACCUSE/investigate 090
A probe R                                                        => ACCUSE/investigate 090
A launch (an) {investigation|probe|inquiry} into R               => ACCUSE/investigate 090
A convict R                                                      => SANCTION/convict 116
A find R guilty                                                  => ACCUSE/disapprove 116
A's {condemnation|criticism} of R                                => ACCUSE/disapprove 111
A's accusation against R                                       => ACCUSE/allege 112
