# sitrep event patterns: ASSAULT (military force, strikes, shelling, drones, bombings, killings, abductions)
# Source: written by the sitrep authors from the PLOVER manual (draft 0.8, 2021) and the
# CAMEO codebook categories; no third-party text is copied. Licence: as the sitrep repository.
# Format: docs/patterns.md. One pattern per line: slots A (actor) and R (recipient),
# lemmas, (optional parts), {choice|choice}, !exclusions, then => TYPE[/mode] CAMEO [attrs].

A attack R                                                       => ASSAULT 190 ctx=military
A strike R !deal !agreement !accord !balance !chord !tone !note => ASSAULT 190 ctx=military
A strike at R                                                    => ASSAULT 190 ctx=military
A hit R !record !high !low !back !out                            => ASSAULT 190 ctx=military conf=0.6 need=R
A invade R                                                       => ASSAULT 190 ctx=military
A raid R                                                         => ASSAULT 190 ctx=military conf=0.7
A launch (an) {attack|offensive|assault|raid|incursion} {on|against|into|in} R => ASSAULT 190 ctx=military
A launch {strike|airstrike|air-strike} {on|against|in} R         => ASSAULT/aerial 195 ctx=military
A launch {drone|drones} ({attack|strike}) {on|against|at|into} R   => ASSAULT/drone 195 ctx=military
A launch {missile|rocket} (attack) {on|against|at|into} R        => ASSAULT/heavy-weapons 195 ctx=military
A launch {drone|missile|rocket}                                  => ASSAULT/drone 195 ctx=military conf=0.6
A fire {missile|rocket|shell|drone} {at|on|into|toward|towards} R => ASSAULT/heavy-weapons 195 ctx=military
A fire on R                                                      => ASSAULT/firearms 193 ctx=military
A fire at R                                                      => ASSAULT/firearms 193 ctx=military
A shoot R                                                        => ASSAULT/firearms 193 ctx=military conf=0.7
A shoot down R                                                   => ASSAULT/firearms 193 ctx=military
A intercept {drone|missile|rocket|projectile|them} !call !message !communication    => ASSAULT/heavy-weapons 195 ctx=military conf=0.7
A destroy {drone|missile|rocket|launcher|tank|depot|position} => ASSAULT/heavy-weapons 195 ctx=military conf=0.7
A open fire {on|at} R                                          => ASSAULT/firearms 193 ctx=military
A open fire                                                    => ASSAULT/firearms 193 ctx=military conf=0.7
{drone|missile|rocket} launch by A                             => ASSAULT/drone 195 ctx=military conf=0.7
A's {airstrike|strike|attack|shelling|bombardment|bombing|raid} kill => ASSAULT 190 ctx=military
A use water cannon (on R)                                      => ASSAULT/crowd-control 175
A storm R                                                      => ASSAULT 190 conf=0.6
A shell R                                                        => ASSAULT/heavy-weapons 194 ctx=military
A bombard R                                                      => ASSAULT/heavy-weapons 194 ctx=military
A pound R                                                        => ASSAULT/heavy-weapons 194 ctx=military conf=0.6
A bomb R                                                         => ASSAULT/aerial 195 ctx=military
A airstrike R                                                    => ASSAULT/aerial 195 ctx=military
A carry out {strike|airstrike|attack|raid|bombing} {on|against|in} R => ASSAULT 190 ctx=military
A conduct {strike|airstrike|attack|raid|bombing} {on|against|in} R => ASSAULT 190 ctx=military
A engage in {combat|fighting|battle|hostility|clash|war}         => ASSAULT 190 ctx=military
A fight (against) R                                              => ASSAULT 190 ctx=military need=R
A fight                                                          => ASSAULT 190 ctx=military sym conf=0.6
A clash with R                                                   => ASSAULT 190 ctx=military
A clash                                                          => ASSAULT 190 ctx=military sym conf=0.6
A wage war {on|against} R                                        => ASSAULT 190 ctx=military
A kill R                                                         => ASSAULT 1823 conf=0.7
A massacre R                                                     => ASSAULT/massacre 202
A assassinate R                                                  => ASSAULT/targeted 186
A abduct R                                                       => ASSAULT/abduct 181
A kidnap R                                                       => ASSAULT/abduct 181
A hijack R                                                       => ASSAULT/abduct 181
A torture R                                                      => ASSAULT/torture 1822
A beat R                                                         => ASSAULT/beat 182 conf=0.6 need=R
A destroy R                                                      => ASSAULT/destroy 1712 conf=0.7
A violate (the) {ceasefire|truce|cease-fire}                     => ASSAULT 196 ctx=military
A use {chemical|nerve|biological} {weapon|agent|gas} (against R) => ASSAULT/unconventional 2041 ctx=cbrn
A detonate (a) nuclear {device|bomb|weapon}                    => ASSAULT/unconventional 2042 ctx=cbrn
A's {strike|airstrike|attack|bombardment|shelling|bombing|offensive|assault} {on|against|in} R => ASSAULT 190 ctx=military
A's drone {strike|attack} {on|against|in} R                    => ASSAULT/drone 195 ctx=military
A's missile {strike|attack} {on|against|in} R                  => ASSAULT/heavy-weapons 195 ctx=military
A's invasion of R                                                => ASSAULT 190 ctx=military
A's war {in|on|against} R                                        => ASSAULT 190 ctx=military conf=0.7
invasion of R by A                                               => ASSAULT 190 ctx=military
{strike|attack|airstrike|shelling|bombardment} {on|against} R by A => ASSAULT 190 ctx=military
A rape R                                                         => ASSAULT/sexual 1821
A stab R                                                         => ASSAULT/primitive 182
A hack R to death                                                => ASSAULT/primitive 182
A detonate (a) {bomb|explosive|device|car-bomb|ied}              => ASSAULT/explosives 183
A plant (a) {bomb|explosive|device|mine}                         => ASSAULT/explosives 183
A carry out (a) suicide {bombing|attack}                         => ASSAULT/suicide-attack 1831
A fire tear gas {at|on|into} R                                   => ASSAULT/crowd-control 175
A use tear gas {on|against} R                                    => ASSAULT/crowd-control 175
A disperse R with {tear|water|rubber}                            => ASSAULT/crowd-control 175
