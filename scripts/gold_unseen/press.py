"""Unseen gold texts: regional press in three genres the other sets have least of: the report of a
criminal trial (cour d'assises de la Sarthe), a faits-divers page with five short items (Essonne)
and a football match report (Ligue 2, Laval against Sochaux).

Written for seedner and annotated by hand, per ../shared/gold/GUIDELINES.md and the conventions
of tests/data/gold/README.md, scripts/gold_everyday/, scripts/gold_holdout/ and
scripts/gold_blind/, before seedner was run on any of them. Courts, agencies, bodies, clubs,
media and places are real, with their official names; all people, companies, associations,
cases, figures and quotes are fictional.

Typography: the texts are typed with plain spaces and straight apostrophes; ``_fr()`` applies
French typography to the text and, identically, to every annotation surface: a no-break space
(U+00A0) before ``:`` and inside guillemets, before ``;``, ``!`` and ``?`` (a narrow no-break
space, U+202F, where a document says ``thin=True``), and between the groups of digits of a
number (U+202F where a document says ``numthin=True``); ``curly=True`` turns every apostrophe
into ``’``.

Conventions decided here, on top of the README and the everyday, holdout and blind modules:
- trial report: the roles of the trial (``avocat général``, ``directeur d'enquête``, the rank
  ``adjudant-chef``) are ignored; the court as a headline word without its place (``Cour
  d'assises :``) is generic: ignored; ``la cour`` alone is not annotated; a river that shares its
  name with the département (``la Sarthe``) is a LOC like the département;
- faits divers: each item's headline is annotated like the body (``Massy : …``); a hospital
  named after its area (``Centre hospitalier Sud Francilien``, ``centre hospitalier
  Sud-Essonne``) is an ORG, a school named after a person a facility (ignored); ``CCAS de
  Grigny`` is one ORG (service + place), ``commissariat d'Évry-Courcouronnes`` one ORG (as
  ``commissariat central de Bordeaux`` in the everyday set); first names alone of private people
  (``Aminata``, ``Enzo``) are PER; a train line (``RER B``) is MISC: no span, ``RER`` listed;
- football: a club named by its town (``Sochaux``, ``Rodez``) or by its nickname (``les Tango``,
  ``les Lionceaux``) is an ORG, the town as a dateline or place a LOC; ``Ligue 2`` (a competition)
  and ``derby de l'Ouest`` (an event) are MISC: ignored; stadiums named after a person and a
  stand (``tribune Sud``) are facilities: ignored; the ``FC`` and ``SC`` of a club name are
  acronym mentions; ``VAR`` (video assistance) is a non-entity acronym.
"""

from functools import partial

from gold_text import document, expansions, french_typography

_OFF = {
    "bac": ["brigade anticriminalité", "brigade anti-criminalité"],
    "ccas": ["centre communal d'action sociale"],
    "cdi": ["contrat à durée indéterminée"],
    "chsf": ["Centre hospitalier Sud Francilien"],
    "chu": ["centre hospitalier universitaire"],
    "dipn": ["direction interdépartementale de la police nationale"],
    "dncg": ["Direction nationale du contrôle de gestion"],
    "fc": ["Football Club", "Football-Club"],
    "fcsm": ["Football Club Sochaux-Montbéliard"],
    "fff": ["Fédération française de football"],
    "ircgn": ["Institut de recherche criminelle de la gendarmerie nationale"],
    "lfp": ["Ligue de football professionnel"],
    "pv": ["procès-verbal", "procès-verbaux"],
    "rer": ["réseau express régional"],
    "rsa": ["revenu de solidarité active"],
    "samu": ["service d'aide médicale urgente"],
    "sc": ["Sporting Club"],
    "sdis": ["service départemental d'incendie et de secours"],
    "sms": ["short message service", "service de messages courts"],
    "sncf": ["Société nationale des chemins de fer français"],
    "sr": ["section de recherches"],
    "suge": ["Surveillance générale"],
    "var": ["video assistant referee", "assistance vidéo à l'arbitrage", "arbitrage vidéo"],
}


_x = partial(expansions, _OFF)


_fr = french_typography


_doc = partial(document, typeset_expansions=True)


TITLECASE_ACRONYMS = {"samu", "sdis", "suge"}

DOCS = [
    # ======================================================================
    # 1. Regional press (Ouest-France style), Sarthe: a murder trial before the cour d'assises,
    #    witnesses (gendarmes, pathologist), lawyers, verdict (curly apostrophes).
    # ======================================================================
    _doc(
        id="unseen-presse-assises-sarthe",
        curly=True,
        text="""Sarthe
Cour d'assises : quinze ans de réclusion pour le meurtre de Sablé-sur-Sarthe

Le Mans. Après trois jours d'audience et cinq heures de délibéré, la cour d'assises de la Sarthe a condamné vendredi soir Kévin Lemarié, 34 ans, à quinze ans de réclusion criminelle pour le meurtre de Franck Dutertre, tué de deux coups de couteau le 9 avril 2023 sur le parking d'un supermarché de Sablé-sur-Sarthe. L'avocat général, Pierre-Yves Hamon, avait requis vingt ans.

Tout au long des débats, l'accusé, chauffeur-livreur en CDI chez les Transports Gendrot, à Précigné, a plaidé la légitime défense. « Il m'a sauté dessus, j'ai paniqué », a-t-il répété à la barre, la voix blanche, sous le regard de la sœur de la victime. Les deux hommes se disputaient depuis des mois une dette de 3 500 euros liée à la revente d'un scooter.

Les enquêteurs de la section de recherches (SR) d'Angers, saisis par le parquet du Mans, ont reconstitué la scène grâce aux images de vidéosurveillance et aux analyses de l'Institut de recherche criminelle de la gendarmerie nationale (IRCGN), à Pontoise. L'ADN de l'accusé a été retrouvé sur le manche du couteau, jeté dans la Sarthe et repêché deux jours plus tard par les plongeurs de la gendarmerie.

Le médecin légiste du CHU d'Angers, le Dr Anne-Sophie Guérin, a décrit à la cour « un premier coup porté de face, un second dans le dos, alors que la victime tentait de fuir ». Un témoignage qui a pesé lourd. Le directeur d'enquête, l'adjudant-chef Loïc Béranger, de la brigade de recherches de La Flèche, a détaillé les quelque 400 SMS échangés par les deux hommes dans les semaines précédant le drame, dont plusieurs menaces de l'accusé.

Pour la défense, Me Hélène Courtillet, du barreau du Mans, a plaidé « une bagarre qui a mal tourné », rappelant que son client, sans casier judiciaire, touchait le RSA avant son embauche et élevait seul sa fille. Me Thomas Raimbault, avocat de la famille de la victime, a dénoncé « une stratégie qui salit la mémoire de Franck ».

La mère de la victime, venue chaque jour de Château-Gontier-sur-Mayenne, n'a pas souhaité s'exprimer. Détenu depuis deux ans, Kévin Lemarié dispose de dix jours pour faire appel. L'affaire serait alors rejugée devant une autre cour d'assises, désignée par la chambre criminelle de la Cour de cassation.""",
        spans=[
            ("Sarthe", "LOC"),
            ("Sablé-sur-Sarthe", "LOC"),
            ("Le Mans", "LOC"),
            ("cour d'assises de la Sarthe", "ORG"),
            ("Kévin Lemarié", "PER"),
            ("Franck Dutertre", "PER"),
            ("Pierre-Yves Hamon", "PER"),
            ("Transports Gendrot", "ORG"),
            ("Précigné", "LOC"),
            ("section de recherches", "ORG"),
            ("SR", "ORG"),
            ("Angers", "LOC"),
            ("parquet du Mans", "ORG"),
            ("Institut de recherche criminelle de la gendarmerie nationale", "ORG"),
            ("IRCGN", "ORG"),
            ("Pontoise", "LOC"),
            ("CHU d'Angers", "ORG"),
            ("Anne-Sophie Guérin", "PER"),
            ("Loïc Béranger", "PER"),
            ("brigade de recherches de La Flèche", "ORG"),
            ("Hélène Courtillet", "PER"),
            ("barreau du Mans", "ORG"),
            ("Thomas Raimbault", "PER"),
            ("Franck", "PER"),
            ("Château-Gontier-sur-Mayenne", "LOC"),
            ("chambre criminelle de la Cour de cassation", "ORG"),
        ],
        acronyms=[
            ("CDI", "all", _x("CDI")),
            ("SR", "all", _x("SR", "section de recherches")),
            ("IRCGN", "all", _x("IRCGN", "Institut de recherche criminelle de la gendarmerie nationale")),
            ("ADN", "all", None),
            ("CHU", "all", _x("CHU")),
            ("SMS", "all", _x("SMS")),
            ("RSA", "all", _x("RSA")),
        ],
        ignore=[
            ("Cour d'assises", 0),
            ("avocat général",),
            ("gendarmerie", 1),
            ("directeur d'enquête",),
            ("adjudant-chef",),
        ],
        not_acronyms=[
            ("Dr",),
            ("Me",),
        ],
    ),
    # ======================================================================
    # 2. Regional press (Le Parisien style), Essonne: a faits-divers page, five short items
    #    (road accident, fire, arrest, rescue, speeding), each with its headline (thin no-break
    #    spaces, digits grouped by narrow no-break spaces, straight apostrophes).
    # ======================================================================
    _doc(
        id="unseen-presse-essonne-faits-divers",
        thin=True,
        numthin=True,
        text="""Essonne | Faits divers

Corbeil-Essonnes : un motard grièvement blessé sur la N7
Un motard de 27 ans a été grièvement blessé dimanche vers 19 heures dans une collision avec une camionnette sur la N7, à l'entrée de Corbeil-Essonnes. Pris en charge par les sapeurs-pompiers et une équipe du Samu 91, il a été transporté au Centre hospitalier Sud Francilien (CHSF), où son pronostic vital restait engagé lundi. Le conducteur de la camionnette, un artisan de Saint-Germain-lès-Corbeil, a subi un dépistage d'alcoolémie, négatif. L'enquête a été confiée au commissariat d'Évry-Courcouronnes.

Grigny : douze familles relogées après un incendie
Parti d'un local à poubelles, le feu a enfumé les neuf étages d'un immeuble dans la nuit de vendredi à samedi. Une soixantaine de pompiers du Sdis 91 sont intervenus ; quatre habitants, légèrement intoxiqués, ont été conduits à l'hôpital. Le bailleur, Orge Habitat Solidaire, et le CCAS de Grigny ont relogé douze familles dans des hôtels de Ris-Orangis et de Viry-Châtillon. « On a tout perdu, même les papiers de la CAF », soupire Aminata, mère de trois enfants. La piste criminelle n'est pas écartée, indique le parquet d'Évry.

Massy : deux voleurs de câbles pris sur le fait
Deux hommes de 31 et 38 ans ont été interpellés mercredi vers 3 heures le long des voies du RER B, à Massy, par les policiers de la brigade anticriminalité (BAC), alertés par les agents de la Surveillance générale (Suge) de la SNCF. Ils transportaient 180 kg de cuivre dans une camionnette immatriculée en Seine-et-Marne. Ces vols ont perturbé le trafic des RER B et C à dix reprises depuis janvier, selon SNCF Réseau, qui a porté plainte. Jugés vendredi en comparution immédiate par le tribunal correctionnel d'Évry, ils ont été condamnés à huit mois d'emprisonnement ferme.

Étampes : un promeneur sauvé des eaux de la Juine
Tombé dans la Juine samedi après-midi en voulant récupérer son chien, un homme de 72 ans a été sorti de l'eau par deux lycéens, Enzo et Rayan, élèves du lycée Geoffroy-Saint-Hilaire, avant l'arrivée des secours. En hypothermie, il a été hospitalisé au centre hospitalier Sud-Essonne. « Ils ont eu un sang-froid remarquable », a salué la mairie d'Étampes sur ses réseaux sociaux.

Viry-Châtillon : flashé à 192 km/h sur l'A6
Contrôlé dans la nuit de samedi à dimanche à 192 km/h sur l'A6, en direction de Paris, un automobiliste de 23 ans domicilié à Juvisy-sur-Orge roulait sans permis ni assurance. Son véhicule a été placé en fourrière et il sera convoqué en octobre devant le tribunal, précise la direction interdépartementale de la police nationale (DIPN) de l'Essonne, qui a dressé trois PV. Depuis janvier, 1 412 conducteurs ont été contrôlés sans permis dans le département.""",
        spans=[
            ("Essonne", "LOC"),
            ("Corbeil-Essonnes", "LOC"),
            ("Samu 91", "ORG"),
            ("Centre hospitalier Sud Francilien", "ORG"),
            ("CHSF", "ORG"),
            ("Saint-Germain-lès-Corbeil", "LOC"),
            ("commissariat d'Évry-Courcouronnes", "ORG"),
            ("Grigny", "LOC"),
            ("Sdis 91", "ORG"),
            ("Orge Habitat Solidaire", "ORG"),
            ("CCAS de Grigny", "ORG"),
            ("Ris-Orangis", "LOC"),
            ("Viry-Châtillon", "LOC"),
            ("CAF", "ORG"),
            ("Aminata", "PER"),
            ("parquet d'Évry", "ORG"),
            ("Massy", "LOC"),
            ("brigade anticriminalité", "ORG"),
            ("BAC", "ORG"),
            ("Surveillance générale", "ORG"),
            ("Suge", "ORG"),
            ("SNCF", "ORG"),
            ("Seine-et-Marne", "LOC"),
            ("SNCF Réseau", "ORG"),
            ("tribunal correctionnel d'Évry", "ORG"),
            ("Étampes", "LOC"),
            ("Juine", "LOC"),
            ("Enzo", "PER"),
            ("Rayan", "PER"),
            ("centre hospitalier Sud-Essonne", "ORG"),
            ("mairie d'Étampes", "ORG"),
            ("Paris", "LOC"),
            ("Juvisy-sur-Orge", "LOC"),
            ("direction interdépartementale de la police nationale", "ORG"),
            ("DIPN", "ORG"),
        ],
        acronyms=[
            ("Samu", "all", _x("Samu")),
            ("CHSF", "all", _x("CHSF", "Centre hospitalier Sud Francilien")),
            ("Sdis", "all", _x("Sdis")),
            ("CCAS", "all", _x("CCAS")),
            ("CAF", "all", None),
            ("RER", "all", _x("RER")),
            ("BAC", "all", _x("BAC", "brigade anticriminalité")),
            ("Suge", "all", _x("Suge", "Surveillance générale")),
            ("SNCF", "all", _x("SNCF")),
            ("DIPN", "all", _x("DIPN", "direction interdépartementale de la police nationale")),
            ("PV", "all", _x("PV")),
        ],
        ignore=[
            ("lycée Geoffroy-Saint-Hilaire",),
        ],
        not_acronyms=[
            ("N7",),
            ("A6",),
        ],
    ),
    # ======================================================================
    # 3. Sports press: football, Ligue 2, Laval against Sochaux; clubs by their town, their
    #    nickname and their full name; DNCG, LFP, FFF, a referees' body (curly apostrophes).
    # ======================================================================
    _doc(
        id="unseen-presse-laval-sochaux-football",
        curly=True,
        text="""Football – Ligue 2
Le Stade Lavallois fait plier Sochaux au bout du suspense

Laval. Il restait moins de deux minutes à jouer quand Yanis Belkacem a surgi au second poteau pour offrir la victoire aux Tango (2-1), samedi soir, devant 7 812 spectateurs au stade Francis-Le Basser. Un succès précieux pour les Lavallois, qui restaient sur trois défaites consécutives et remontent à la 11e place de Ligue 2.

Les Sochaliens avaient pourtant frappé les premiers, par Mathis Grandjean, bien servi par Ibrahima Sow (23e). Le Stade Lavallois a égalisé juste avant la pause sur un penalty de son capitaine, Romain Le Goff, après une main signalée par la VAR. « Les Lionceaux nous ont fait mal en première période, mais on n'a jamais lâché », savourait l'entraîneur lavallois, Olivier Renaudin.

Côté doubiste, l'entraîneur du FCSM, Thierry Vuillemin, pestait contre l'arbitrage : « Sur le penalty, le ballon touche d'abord la cuisse. Je demanderai des explications à la Direction technique de l'arbitrage. » Le club franc-comtois, qui pointe au 6e rang, recevra l'Amiens SC samedi prochain au stade Auguste-Bonal.

En coulisses, les deux clubs ont d'autres soucis. La Direction nationale du contrôle de gestion (DNCG) de la Ligue de football professionnel (LFP) a encadré en juin la masse salariale du FC Sochaux-Montbéliard, dont le déficit atteint 4,2 millions d'euros. À Laval, le président, Laurent Pichard, attend de Laval Agglomération et du conseil départemental de la Mayenne les 1,5 million d'euros promis pour rénover la tribune Sud, alors que la Fédération française de football (FFF) exige de nouveaux projecteurs avant la fin de la saison.

Le derby de l'Ouest face au Stade Malherbe Caen, le 18 octobre, se jouera à guichets fermés. Les Tango devront s'y passer de leur défenseur Kylian Mbemba, suspendu trois matchs par la commission de discipline de la LFP après son carton rouge à Rodez, selon Ouest-France.""",
        spans=[
            ("Stade Lavallois", "ORG"),
            ("Sochaux", "ORG"),
            ("Laval", "LOC"),
            ("Yanis Belkacem", "PER"),
            ("Tango", "ORG"),
            ("Mathis Grandjean", "PER"),
            ("Ibrahima Sow", "PER"),
            ("Romain Le Goff", "PER"),
            ("Lionceaux", "ORG"),
            ("Olivier Renaudin", "PER"),
            ("FCSM", "ORG"),
            ("Thierry Vuillemin", "PER"),
            ("Direction technique de l'arbitrage", "ORG"),
            ("Amiens SC", "ORG"),
            ("Direction nationale du contrôle de gestion", "ORG"),
            ("DNCG", "ORG"),
            ("Ligue de football professionnel", "ORG"),
            ("LFP", "ORG"),
            ("FC Sochaux-Montbéliard", "ORG"),
            ("Laurent Pichard", "PER"),
            ("Laval Agglomération", "ORG"),
            ("conseil départemental de la Mayenne", "ORG"),
            ("Fédération française de football", "ORG"),
            ("FFF", "ORG"),
            ("Stade Malherbe Caen", "ORG"),
            ("Kylian Mbemba", "PER"),
            ("commission de discipline de la LFP", "ORG"),
            ("Rodez", "ORG"),
            ("Ouest-France", "ORG"),
        ],
        acronyms=[
            ("VAR", "all", _x("VAR")),
            ("FCSM", "all", _x("FCSM")),
            ("SC", "all", _x("SC")),
            ("DNCG", "all", _x("DNCG", "Direction nationale du contrôle de gestion")),
            ("LFP", "all", _x("LFP", "Ligue de football professionnel")),
            ("FC", "all", _x("FC")),
            ("FFF", "all", _x("FFF", "Fédération française de football")),
        ],
        ignore=[
            ("Ligue 2",),
            ("stade Francis-Le Basser",),
            ("stade Auguste-Bonal",),
            ("le président",),
            ("tribune Sud",),
            ("derby de l'Ouest",),
        ],
        not_acronyms=[],
    ),
]
