# sitrep event patterns: REJECT (reject requests, proposals, negotiation; deny; veto; defy)
# Source: written by the sitrep authors from the PLOVER manual (draft 0.8, 2021) and the
# CAMEO codebook categories; no third-party text is copied. Licence: as the sitrep repository.
# Format: docs/patterns.md. One pattern per line: slots A (actor) and R (recipient),
# lemmas, (optional parts), {choice|choice}, !exclusions, then => TYPE[/mode] CAMEO [attrs].

A reject R's {demand|call} for {reform|change|resignation}       => REJECT/change 123
A reject {demand|call} for {reform|change|resignation} (from R)  => REJECT/change 123
A reject R's {proposal|offer|plan|demand|request|call|appeal|invitation|ultimatum} => REJECT 120
A reject {proposal|offer|plan|demand|request|call|appeal|invitation|talk|negotiation|ceasefire|truce} (from R) => REJECT 120
A reject {aid|help|assistance} (from R)                          => REJECT/assist 122
A reject {offer|proposal|invitation} of {talk|negotiation|dialogue|meeting} (from R) => REJECT/meet 125
A reject R                                                       => REJECT 120 conf=0.7
A rebuff R                                                       => REJECT 120
A turn down R's                                                  => REJECT 120
A refuse to {meet|talk|negotiate} (with R)                       => REJECT/meet 125
A refuse to {withdraw|release|free|lift|ease|end|stop|halt}      => REJECT/yield 124
A refuse to {cooperate|help|assist} (with R)                     => REJECT/assist 121
A refuse R's {request|demand|call}                               => REJECT 120
A deny {report|allegation|accusation|claim|charge|involvement|responsibility|sending|shipping} => REJECT 120
A deny R's {report|allegation|accusation|claim|charge}           => REJECT 120
A deny !entry !access !visa !permission !request !permit !bail => REJECT 120 conf=0.6
A dismiss R's {report|allegation|accusation|claim|charge|proposal|offer|plan|demand} => REJECT 120
A dismiss {report|allegation|accusation|claim|charge} (by R)     => REJECT 120 conf=0.7
A veto R                                                         => REJECT/yield 129
A veto {resolution|bill|proposal}                                => REJECT/yield 129
A defy R                                                         => REJECT/yield 128
A boycott {talk|negotiation|meeting|summit}                      => REJECT/meet 125
A walk out of {talk|negotiation|meeting}                         => REJECT/meet 125
A's rejection of R's                                             => REJECT 120
