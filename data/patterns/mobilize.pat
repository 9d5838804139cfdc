# sitrep event patterns: MOBILIZE (troops, weapons, police, militia: alerts, build-ups, deployments)
# Source: written by the sitrep authors from the PLOVER manual (draft 0.8, 2021) and the
# CAMEO codebook categories; no third-party text is copied. Licence: as the sitrep repository.
# Format: docs/patterns.md. One pattern per line: slots A (actor) and R (recipient),
# lemmas, (optional parts), {choice|choice}, !exclusions, then => TYPE[/mode] CAMEO [attrs].

A deploy {troop|soldier|force|unit|warship|jet|aircraft|battalion|brigade|ship|vessel} (to R) => MOBILIZE/troops 154
A launch (military) {drill|drills|exercise|exercises|manoeuvre|maneuver|war-game|wargame} (around R) => MOBILIZE/troops 150
A {hold|stage|conduct} (military) {drill|drills|exercise|exercises|manoeuvre|maneuver|war-game|wargame} around R => MOBILIZE/troops 150
A send {armoured vehicle|armored vehicle|armoured|armored|tank|troop|soldier|warship|reinforcement} to {its|the} border => MOBILIZE/troops 154
A mass {troop|soldier|force} (near R)                            => MOBILIZE/troops 154
A mobilize {troop|soldier|force|reservist|reserve|army}          => MOBILIZE/troops 154
A mobilise {troop|soldier|force|reservist|reserve|army}          => MOBILIZE/troops 154
A call up {reservist|reserve|troop}                              => MOBILIZE/troops 154
A put (its) {troop|force|army|military} on (high) alert          => MOBILIZE/troops 152
A raise {alert|readiness}                                        => MOBILIZE/troops 152 conf=0.7
A deploy {missile|weapon|artillery|tank|drone|rocket|launcher}   => MOBILIZE/weapons 154
A move {missile|weapon|artillery|tank|launcher} (to R)           => MOBILIZE/weapons 154
A test (a) {missile|weapon|rocket|nuclear} !negative !positive   => MOBILIZE/weapons 150
A test-fire R                                                    => MOBILIZE/weapons 150
A deploy {police|officer|riot}                                   => MOBILIZE/police 153
A arm {militia|civilian|volunteer}                               => MOBILIZE/militia 154
A's {deployment|build-up|buildup} (of) {troop|force} (near R)    => MOBILIZE/troops 154
