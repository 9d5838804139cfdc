# sitrep event patterns: RETREAT (withdraw, release, disarm, ceasefire, access, resign)
# Source: written by the sitrep authors from the PLOVER manual (draft 0.8, 2021) and the
# CAMEO codebook categories; no third-party text is copied. Licence: as the sitrep repository.
# Format: docs/patterns.md. One pattern per line: slots A (actor) and R (recipient),
# lemmas, (optional parts), {choice|choice}, !exclusions, then => TYPE[/mode] CAMEO [attrs].

A withdraw {troop|force|soldier|unit} from R                     => RETREAT/withdraw 0874 ctx=military
A withdraw {troop|force|soldier|unit}                            => RETREAT/withdraw 0874 ctx=military
A withdraw from R                                                => RETREAT/withdraw 0874 ctx=military
A pull {troop|force|soldier} out (of R)                          => RETREAT/withdraw 0874 ctx=military
A pull out of R                                                  => RETREAT/withdraw 0874 ctx=military
A retreat (from R)                                               => RETREAT/withdraw 0874 ctx=military
A's withdrawal from R                                            => RETREAT/withdraw 0874 ctx=military
A release R !letter !statement !report !video !tax !return !record !data !document !book !album !ad !plan !result !poll !figure !detail !transcript !email !memo !information !list !photo !image !footage !budget !version !study                                                      => RETREAT/release 0841
A free R                                                         => RETREAT/release 0841
A exchange {prisoner|prisoners|captive|captives|pow|pows} (with R) => RETREAT/release 0841 sym
A swap {prisoner|prisoners|captive|captives} (with R)           => RETREAT/release 0841 sym
A return R                                                       => RETREAT/return 0842 conf=0.6
A hand over R                                                    => RETREAT/release 0841
A disarm                                                         => RETREAT/disarm 0873
A demobilize R                                                   => RETREAT/disarm 0873
A surrender (to R)                                               => RETREAT/disarm 0874
A lay down {arm|weapon}                                          => RETREAT/disarm 0873
A declare {ceasefire|truce|cease-fire}                           => RETREAT/ceasefire 0871
A observe (a) {ceasefire|truce|cease-fire}                       => RETREAT/ceasefire 0871
{ceasefire|truce|cease-fire} between A {take effect|come into force|begin|hold} => RETREAT/ceasefire 0871 sym
A halt {attack|strike|offensive|fighting|hostility|bombing}      => RETREAT/ceasefire 0871
A lift (the) {blockade|siege} (of R)                             => RETREAT/withdraw 0872
A allow {inspector|observer|monitor} (into R)                    => RETREAT/access 0862
A admit {inspector|observer|monitor} (into R)                    => RETREAT/access 0862
A allow {aid|delivery|convoy} (into R)                           => RETREAT/access 0863
A open {corridor|crossing|border} (to R)                         => RETREAT/access 0863 conf=0.6
A resign                                                         => RETREAT/resign 080
A step down                                                      => RETREAT/resign 080
