# sitrep event patterns: AID (economic, military, humanitarian aid, protection, asylum)
# Source: written by the sitrep authors from the PLOVER manual (draft 0.8, 2021) and the
# CAMEO codebook categories; no third-party text is copied. Licence: as the sitrep repository.
# Format: docs/patterns.md. One pattern per line: slots A (actor) and R (recipient),
# lemmas, (optional parts), {choice|choice}, !exclusions, then => TYPE[/mode] CAMEO [attrs].

A send {troop|soldier|force|personnel|unit|fighter|instructor|adviser|advisor|contingent|mercenary|peacekeeper} to R         => AID 072 ctx=military
A deploy {troop|soldier|force} to R                              => AID 072 ctx=military conf=0.7
A dispatch {troop|soldier|force} to R                            => AID 072 ctx=military
A send {weapon|arm|missile|ammunition|munition|shell|artillery|tank|drone|rocket|equipment} to R => AID 072 ctx=military
A ship {weapon|arm|missile|ammunition|munition|shell|artillery|tank|drone|rocket|equipment} to R => AID 072 ctx=military
A ship {weapon|arm|missile|ammunition|munition|shell|artillery|tank|drone|rocket|equipment} to {replenish|help|support|bolster|supply|arm} R => AID 072 ctx=military
A ship {weapon|arm|missile|ammunition|munition|shell|artillery|tank|drone|rocket|equipment} => AID 072 ctx=military conf=0.6
A supply R with {weapon|arm|missile|ammunition|munition|shell|artillery|tank|drone|rocket|equipment} => AID 072 ctx=military
A supply {weapon|arm|missile|ammunition|munition|shell|artillery|tank|drone|rocket|equipment} to R => AID 072 ctx=military
A supply R                                                       => AID 070 conf=0.6
A provide {weapon|arm|missile|ammunition|munition|artillery|tank|drone|rocket|equipment} to R => AID 072 ctx=military
A provide R with {weapon|arm|missile|ammunition|munition|artillery|tank|drone|rocket|equipment} => AID 072 ctx=military
A provide military {aid|assistance|help|support} (to R)        => AID 072
A provide humanitarian {aid|assistance|help|relief} (to R)     => AID 073
A provide {aid|assistance|help|relief|loan|fund|funding} to R    => AID 070
A give R {weapon|arm|missile|ammunition|technology|artillery|tank|drone|rocket|equipment} => AID 072 ctx=military
A give R {aid|assistance|help|money|loan|fund|funding}           => AID 070
A give {weapon|arm|missile|aid|assistance|help|money} to R       => AID 070
A arm R                                                          => AID 072
A deliver {weapon|arm|missile|ammunition|tank|artillery|drone|equipment} to R => AID 072 ctx=military
A deliver {aid|assistance|food|supply|medicine} to R => AID 073
A approve (a) (possible) {sale|sales|transfer|delivery|shipment} to R => AID 072 ctx=military
A approve (a) (possible) {sale|sales|transfer|delivery|shipment} of {weapon|arm|missile|jet|drone|tank|system|artillery|ammunition|equipment} to R => AID 072 ctx=military
A sell {weapon|arm|missile|jet|drone|tank|system|artillery} to R => AID 072 ctx=military
A donate {aid|money|food|fund|vaccine|supply} to R               => AID 073
A grant {aid|loan|fund|funding|assistance} to R                  => AID 071
A grant R {aid|loan|fund|funding|assistance}                     => AID 071
A grant asylum to R                                              => AID 075
A grant R asylum                                                 => AID 075
A let R {strike|attack|use|fire|hit|target}                      => AID 072 ctx=military
A allow R to {strike|attack|use|fire|hit|target}                 => AID 072 ctx=military
A authorize R to {strike|attack|use|fire|hit|target}             => AID 072 ctx=military
A authorise R to {strike|attack|use|fire|hit|target}             => AID 072 ctx=military
A permit R to {strike|attack|use|fire|hit|target}                => AID 072 ctx=military
A send {aid|assistance|relief|food|medicine|supply} to R         => AID 073
A help R                                                         => AID 070 conf=0.5 need=R
A assist R                                                       => AID 070 conf=0.6 need=R
A protect R                                                      => AID 074 need=R
A's {aid|assistance} to R                                        => AID 070
A's {weapon|arm|missile} {shipment|delivery|transfer} to R       => AID 072
