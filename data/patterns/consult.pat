# sitrep event patterns: CONSULT (meetings, visits, talks, calls, mediation, negotiation)
# Source: written by the sitrep authors from the PLOVER manual (draft 0.8, 2021) and the
# CAMEO codebook categories; no third-party text is copied. Licence: as the sitrep repository.
# Format: docs/patterns.md. One pattern per line: slots A (actor) and R (recipient),
# lemmas, (optional parts), {choice|choice}, !exclusions, then => TYPE[/mode] CAMEO [attrs].

A meet with R                                                    => CONSULT 040
A meet R                                                         => CONSULT 040
A meet on (the) sidelines                                        => CONSULT/third-party 044 sym
A meet                                                           => CONSULT 040 sym conf=0.6
A hold {talk|meeting|discussion|consultation} with R              => CONSULT 040
A hold (a) summit with R                                       => CONSULT/multilateral 040 sym
A hold {talk|meeting|discussion|consultation|negotiation}       => CONSULT 040 sym
A hold (a) (emergency) summit                                   => CONSULT/multilateral 040 sym
A hold negotiation with R                                      => CONSULT 046
A negotiate with R                                               => CONSULT 046
A mediate between R                                            => CONSULT 045
A mediate R                                                    => CONSULT 045
A broker R                                                     => CONSULT 045
A talk with R                                                    => CONSULT 040
A confer with R                                                  => CONSULT 040
A host R                                                         => CONSULT/visit 043 need=R
A host (a) {talk|negotiation|meeting|round|summit|conference} between R => CONSULT 045
A host (a) {talk|negotiation|meeting|round|summit|conference}  => CONSULT/visit 043
A host {leader|head|president|delegation|minister|envoy}       => CONSULT/visit 043
A welcome {delegation|leader|head|president|minister|envoy}    => CONSULT/visit 043 conf=0.7
A receive R !aid !assistance !weapon !missile !help !support !report !funding !fund !money !endorsement !letter !call => CONSULT/visit 043 conf=0.6 need=R
A visit R                                                        => CONSULT/visit 042
A arrive in R                                                    => CONSULT/visit 042 conf=0.7
A travel to R                                                    => CONSULT/visit 042 conf=0.7
A fly to R                                                       => CONSULT/visit 042 conf=0.6
A's visit to R                                                   => CONSULT/visit 042
visit to R by A                                                  => CONSULT/visit 042
A's meeting with R                                               => CONSULT 040
A {in|at|during} {meeting|talk|summit} (with R)                 => CONSULT 040 sym conf=0.7
{talk|meeting|negotiation} between A                                                   => CONSULT 040 sym conf=0.7
A's talk with R                                                  => CONSULT 040
A phone R                                                        => CONSULT/phone 041
A speak by {phone|telephone} with R                              => CONSULT/phone 041
A speak with R by {phone|telephone}                              => CONSULT/phone 041
A speak with R                                                   => CONSULT 040 conf=0.7
A hold {phone|telephone} {talk|call|conversation} with R         => CONSULT/phone 041
A convene {summit|meeting|conference} (with R)                   => CONSULT/multilateral 040
A attend {summit|conference|meeting}                             => CONSULT/multilateral 040 conf=0.7
