# sitrep event patterns: REQUEST (appeals and demands: assist, change, yield, meet)
# Source: written by the sitrep authors from the PLOVER manual (draft 0.8, 2021) and the
# CAMEO codebook categories; no third-party text is copied. Licence: as the sitrep repository.
# Format: docs/patterns.md. One pattern per line: slots A (actor) and R (recipient),
# lemmas, (optional parts), {choice|choice}, !exclusions, then => TYPE[/mode] CAMEO [attrs].

A ask R for {aid|help|assistance|support|weapon|arm|money|loan} => REQUEST/assist 103
A ask for {aid|help|assistance|support|weapon|arm|money|loan} (from R) => REQUEST/assist 103
A request {aid|help|assistance|support|weapon|arm|money|loan} (from R) => REQUEST/assist 103
A seek {aid|help|assistance|support|weapon|arm|money|loan} (from R) => REQUEST/assist 103
A seek R's {cover|protection|guarantee|assurance|umbrella|help|support|assistance} => REQUEST/assist 1034
A seek {cover|protection|guarantee|assurance|membership} (from R) => REQUEST/assist 1034
A take under R's umbrella                                        => REQUEST/assist 1034
A appeal to R for {aid|help|assistance|support}                  => REQUEST/assist 103
A appeal to R                                                    => REQUEST 100 conf=0.6
A urge R to {withdraw|stop|halt|end|cease|release|free|lift|ease} => REQUEST/yield 105
A urge R to {negotiate|talk|meet|resume}                         => REQUEST/meet 106
A urge R to {reform|change|resign|step}                          => REQUEST/change 104
A urge R                                                         => REQUEST 100 conf=0.6
A call on R to {withdraw|stop|halt|end|cease|release|free|lift|ease} => REQUEST/yield 105
A call on R to {negotiate|talk|meet|resume}                      => REQUEST/meet 106
A call on R                                                      => REQUEST 100 conf=0.6
A call for (an) (immediate) {ceasefire|truce|cease-fire|de-escalation|restraint|calm} => REQUEST/yield 1056 ctx=military
A call for {talk|negotiation|dialogue|meeting}                   => REQUEST/meet 106
A call for (an) (emergency) {meeting|session} of R            => REQUEST/meet 106
A call for (an) (immediate) withdrawal of R                   => REQUEST/yield 105
A call for (the) {release|freedom} of R                          => REQUEST/yield 1053
A call for R's {release|freedom|withdrawal|resignation}          => REQUEST/yield 105
A call for {withdrawal|resignation|reform}                       => REQUEST/change 104
A demand (the) resignation (of R)                                => REQUEST/change 1041
A call for (the) resignation (of R)                              => REQUEST/change 1041
A demand R's {release|freedom|withdrawal|resignation}            => REQUEST/yield 105
A demand (that) R {withdraw|stop|halt|end|release|free|pay|apologize|apologise|resign|leave} => REQUEST/yield 105
A demand {withdrawal|release|ceasefire|compensation|apology|resignation} (from R) => REQUEST/yield 105
A demand                                                         => REQUEST 100 conf=0.5
A demand that R                                                => REQUEST 100 conf=0.7
A press R to {withdraw|stop|halt|end|cease|release|free|lift|ease} => REQUEST/yield 105
A press R for {talk|negotiation|reform|aid|help}                 => REQUEST 100
A invite R (to)                                                  => REQUEST/meet 106 conf=0.7 need=R
A propose {talk|negotiation|meeting|summit} (with R)             => REQUEST/meet 106
A propose {ceasefire|truce|cease-fire}                           => REQUEST/yield 1056 ctx=military
A ask R for                                                      => REQUEST 100 conf=0.6
A ask R to mediate                                             => REQUEST/meet 108
A ask R to {send|supply|provide|deliver|give}                 => REQUEST/assist 103
A ask R to {withdraw|stop|halt|end|cease|release|free|lift|ease} => REQUEST/yield 105
A's {call|appeal|request|demand} for {ceasefire|truce|cease-fire} => REQUEST/yield 1056 ctx=military
A's {proposal|request} for R's {cover|protection|umbrella}       => REQUEST/assist 1034
