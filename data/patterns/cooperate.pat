# sitrep event patterns: COOPERATE (material cooperation: economic, military, judicial, intelligence)
# Source: written by the sitrep authors from the PLOVER manual (draft 0.8, 2021) and the
# CAMEO codebook categories; no third-party text is copied. Licence: as the sitrep repository.
# Format: docs/patterns.md. One pattern per line: slots A (actor) and R (recipient),
# lemmas, (optional parts), {choice|choice}, !exclusions, then => TYPE[/mode] CAMEO [attrs].

A cooperate with R                                               => COOPERATE 060
A cooperate {militarily|military} with R                         => COOPERATE 062
A work with R                                                    => COOPERATE 060 conf=0.6 need=R
A conduct joint {exercise|drill|patrol|operation} (with R)       => COOPERATE 062 sym
A hold joint {exercise|drill|patrol} (with R)                    => COOPERATE 062 sym
A share {intelligence|information|data} with R                   => COOPERATE 064
A exchange {intelligence|information} with R            => COOPERATE 064
A extradite R                                                    => COOPERATE 063
A trade with R                                                   => COOPERATE 061
A invest in R                                                    => COOPERATE 061
A boost {cooperation|tie|partnership|trade} with R               => COOPERATE 060
A boost strategic {partnership|cooperation}                    => COOPERATE 060 sym conf=0.6
A's cooperation with R                                           => COOPERATE 060
cooperation between A                                            => COOPERATE 060 sym conf=0.6
