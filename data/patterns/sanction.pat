# sitrep event patterns: SANCTION (sanctions, breaking relations, expulsions, withdrawals, convictions, halting talks)
# Source: written by the sitrep authors from the PLOVER manual (draft 0.8, 2021) and the
# CAMEO codebook categories; no third-party text is copied. Licence: as the sitrep repository.
# Format: docs/patterns.md. One pattern per line: slots A (actor) and R (recipient),
# lemmas, (optional parts), {choice|choice}, !exclusions, then => TYPE[/mode] CAMEO [attrs].

A impose {sanction|embargo|tariff|restriction} on R              => SANCTION/discontinue 163
A slap {sanction|tariff} on R                                    => SANCTION/discontinue 163
A {adopt|approve|unveil|announce|prepare|impose} (a) (new) {package|round} of sanction {against|on} R => SANCTION/discontinue 163
A {adopt|approve|unveil|announce|prepare|impose} (new) sanction against R => SANCTION/discontinue 163
A announce ({its|their}) withdrawal from R                      => SANCTION/withdraw 161
A give R {hour|hours|day|days} to leave                        => SANCTION/expel 166
A sanction R                                                     => SANCTION/discontinue 163
A blacklist R                                                    => SANCTION/discontinue 163
A embargo R                                                      => SANCTION/discontinue 163
A freeze R's {asset|account|fund}                                => SANCTION/discontinue 163
A's sanction on R                                                => SANCTION/discontinue 163
sanction on R by A                                               => SANCTION/discontinue 163
A {cut|sever|break} {tie|relation} with R                        => SANCTION/withdraw 161
A {downgrade|suspend} {tie|relation} with R                      => SANCTION/withdraw 161
A recall (its) {ambassador|envoy|diplomat} (from R)              => SANCTION/withdraw 161
A close (its) {embassy|consulate} (in R)                         => SANCTION/withdraw 161
A expel R's {ambassador|envoy|diplomat|diplomats|official}       => SANCTION/expel 166
A expel R                                                        => SANCTION/expel 166
A order R's {ambassador|envoy|diplomat} to leave                 => SANCTION/expel 166
A suspend R from                                                 => SANCTION/expel 166
A cut {aid|assistance|funding} to R                              => SANCTION/discontinue 162
A suspend {aid|assistance|funding|talk|negotiation} (to R)       => SANCTION/discontinue 162
A halt {aid|assistance|funding} to R                             => SANCTION/discontinue 162
A halt {talk|negotiation} with R                                 => SANCTION/withdraw 164
A break off {talk|negotiation} (with R)                          => SANCTION/withdraw 164
A withdraw {observer|monitor|inspector|peacekeeper|diplomat} from R => SANCTION/withdraw 166
A sentence R                                                     => SANCTION/convict 116 conf=0.7
