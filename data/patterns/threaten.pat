# sitrep event patterns: THREATEN (threats of force, sanctions, restrictions, breaking relations)
# Source: written by the sitrep authors from the PLOVER manual (draft 0.8, 2021) and the
# CAMEO codebook categories; no third-party text is copied. Licence: as the sitrep repository.
# Format: docs/patterns.md. One pattern per line: slots A (actor) and R (recipient),
# lemmas, (optional parts), {choice|choice}, !exclusions, then => TYPE[/mode] CAMEO [attrs].

A threaten R with {sanction|embargo|boycott|tariff}              => THREATEN/restrict 1312
A threaten R with {force|war|attack|strike|retaliation|nuclear|missile|military} => THREATEN/violence 138 ctx=military
A threaten to {attack|strike|invade|bomb|hit|destroy|retaliate|use|shoot} (R) => THREATEN/violence 138 ctx=military
A threaten to {sanction|embargo|boycott|restrict|block} (R)      => THREATEN/restrict 1312
A threaten to impose {sanction|embargo|tariff|restriction} (on R) => THREATEN/restrict 1312
A threaten to {cut|sever|break|downgrade|suspend} ({tie|relation}) (with R) => THREATEN/relations 1313
A threaten to {expel|withdraw|oust} (R)                          => THREATEN/expel 136
A threaten to {arrest|detain|jail|imprison} R                    => THREATEN/arrest 132
A threaten to {seize|annex|occupy|take} (R)                      => THREATEN/territory 1382 ctx=military
A threaten R                                                     => THREATEN 130
A vow to {retaliate|respond|avenge|hit}                        => THREATEN 130
A vow {retaliation|revenge|response}                           => THREATEN 130
A warn of {retaliation|consequence|response|action}            => THREATEN 130
A warn R of {attack|war|retaliation|strike|consequence|response|action} => THREATEN/violence 138 ctx=military
A warn R                                                         => THREATEN 130 conf=0.6 need=R
A issue (an) ultimatum (to R)                                    => THREATEN/relations 139
A give R (an) ultimatum                                          => THREATEN/relations 139
A's threat {against|to} R                                        => THREATEN 130
