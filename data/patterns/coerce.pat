# sitrep event patterns: COERCE (seize, restrict, censor, curfew, martial law, arrest, deport, occupy, blockade, cyber)
# Source: written by the sitrep authors from the PLOVER manual (draft 0.8, 2021) and the
# CAMEO codebook categories; no third-party text is copied. Licence: as the sitrep repository.
# Format: docs/patterns.md. One pattern per line: slots A (actor) and R (recipient),
# lemmas, (optional parts), {choice|choice}, !exclusions, then => TYPE[/mode] CAMEO [attrs].

A arrest R                                                       => COERCE/arrest 173
A detain R                                                       => COERCE/arrest 173
A jail R                                                         => COERCE/arrest 173
A imprison R                                                     => COERCE/arrest 173
A charge R !free !fee                                            => COERCE/arrest 173 conf=0.6
A deport R                                                       => COERCE/deport 174
A expel R's {citizen|national|worker|journalist|migrant|refugee} => COERCE/deport 174
A seize R                                                        => COERCE/seize 1711
A confiscate R                                                   => COERCE/seize 1711
A capture R                                                      => COERCE/seize 192 ctx=military
A occupy R                                                       => COERCE/seize 192 ctx=military
A annex R                                                        => COERCE/seize 192 ctx=military
A take control of R                                              => COERCE/seize 192 ctx=military
A blockade R                                                     => COERCE/restrict 191 ctx=military
A impose curfew (on R)                                         => COERCE/curfew 1723
A impose {martial-law|emergency} (on R)                          => COERCE/martial-law 1724
A declare {martial-law|emergency}                                => COERCE/martial-law 1724
A declare (a) state of emergency                              => COERCE/martial-law 1724
A impose martial law (on R)                                      => COERCE/martial-law 1724
A declare martial law                                            => COERCE/martial-law 1724
A censor R                                                       => COERCE/censor 1721
A ban R                                                          => COERCE/restrict 1722
A shut down R                                                    => COERCE/restrict 172 conf=0.6
A hack R                                                         => COERCE/cyber 170
A launch (a) cyberattack {on|against} R                          => COERCE/cyber 170
A's {occupation|annexation|capture|seizure} of R                 => COERCE/seize 192 ctx=military
A's {arrest|detention} of R                                      => COERCE/arrest 173
A withhold {aid|payment|fund|funding|water|food|supply|salary|salaries|tax|revenue|revenues} (from R) => COERCE/withhold 170
A cut off {water|electricity|power|gas|food|supply|supplies} (to R) => COERCE/withhold 170
A spread {disinformation|misinformation|propaganda|lie|falsehood} (about R) => COERCE/misinformation 170
A launch (a) {disinformation|misinformation|propaganda} campaign (against R) => COERCE/misinformation 170
