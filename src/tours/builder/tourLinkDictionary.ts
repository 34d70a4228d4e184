/**
 * The preset dictionary of the link format v1 (`tourLink.ts`): words and phrases a French teacher's
 * tour is likely to hold, so that a short tour compresses well. NOTE: links already shared decode
 * only with these exact bytes: never change this text; a new dictionary needs a new link version.
 */
export const tourLinkDictionaryV1 = [
  " de la de l' des les le un une du en et est sont à au aux pour par sur dans avec sans qui que quoi",
  " qu'il qu'elle qu'on ce cette ces on nous vous ils elles il elle leur leurs son sa ses se s'il",
  " n'est pas plus très aussi comme mais ou donc car quand avant après entre chaque tout toute tous",
  " toutes peut doit faut fait faire voir voici c'est l'usine usine atelier machine machines métier",
  " métiers travail travaillent technicien technicienne opérateur opératrice ingénieur conducteur",
  " ligne production fabrication maintenance sécurité qualité contrôle contrôlé réglage panne pièces",
  " outil capteur automatisme électricité énergie eau chaleur température pression matière produit",
  " produits chimie métallurgie plasturgie agroalimentaire maritime pétrole ciment mode aéronautique",
  " électronique santé parfum environnement recyclage déchets élèves classe cours stage lycée collège",
  " Bac pro CAP BTS diplôme apprentissage formation entreprise entreprises équipe équipes jour nuit",
  " semaine heure heures mètres tonnes degrés Pourquoi Comment Quel Quelle Quels Qu'est-ce qu' Qui",
  " Où Combien ? Parce que Demander aux élèves Faire remarquer Montrer Lien avec ",
].join("");

/**
 * The pack's places as they were when link format v1 was made (`company/workshop/machine,machine…`):
 * a stop at one of them costs a few bytes in a link. Places added later still work, at full length.
 * NOTE: frozen with the dictionary above.
 */
const placesV1 = [
  "acierie-du-golfe/haut-fourneau-acierie/haut-fourneau,convertisseur,poche-acier,pupitre-acierie",
  "acierie-du-golfe/laminoir/train-finisseur,pont-roulant-bobines,cellule-reparation,labo-bobines",
  "chlorosel-mediterranee/electrolyse/cellules-electrolyse,tour-sechage,salle-controle-chimie,rack-tuyauteries",
  "chlorosel-mediterranee/laboratoire-expeditions/paillasse-analyses,ligne-javel,stock-palettes,cuves-soude",
  "chantiers-de-la-rade/atelier-coques/presse-plieuse,robot-soudage,bloc-coque,portique-atelier",
  "chantiers-de-la-rade/forme-radoub/forme-1,moteur-principal,tableau-bord,grue-quai",
  "robinetterie-sainte-victoire/fonderie/four-induction,chantier-moulage,robot-ebarbage",
  "robinetterie-sainte-victoire/usinage/centre-usinage-5-axes,tour-vertical,salle-metrologie",
  "robinetterie-sainte-victoire/montage-essais/poste-montage,banc-epreuve,pont-expedition",
  "ossatures-metalliques-arles/decoupe-assemblage/ligne-decoupe-plasma,plieuse-charpente,poste-soudage-charpente,pont-atelier-arles",
  "ossatures-metalliques-arles/traitement-expedition/grenailleuse,cabine-peinture,parc-chargement",
  "chimie-fine-du-comtat/atelier-synthese/reacteur-synthese,echangeur-synthese,pesage-matieres,pupitre-synthese",
  "chimie-fine-du-comtat/laboratoire-rd/paillasse-rd,chromatographe,reacteur-pilote",
  "chimie-fine-du-comtat/conditionnement-chimie/remplisseuse-futs,stock-matieres",
  "polymeres-de-berre/polymerisation/reacteur-polymerisation,salle-controle-polymeres,torche-polymeres",
  "polymeres-de-berre/extrusion-granulation/extrudeuse-granulation,silos-granules,ensacheuse-polymeres",
  "quai-phoceen-manutention/terminal-conteneurs/portique-quai,parc-conteneurs,chariot-portuaire,tour-controle-terminal",
  "quai-phoceen-manutention/base-remorqueurs/moteur-remorqueur,passerelle-remorqueur,quai-amarrage",
  "ciotat-grande-plaisance/aire-carenage/ascenseur-bateaux,portique-yachts,coque-yacht",
  "ciotat-grande-plaisance/ateliers-bord/moteur-yacht,atelier-composites-yacht,tableau-yacht",
  "hydro-durance-verdon/salle-machines/turbine-francis,alternateur-hydro,pupitre-centrale",
  "hydro-durance-verdon/ouvrages-hydrauliques/conduite-forcee,transformateur-evacuation,vanne-canal",
  "soleil-de-haute-provence/champ-solaire/panneaux-trackers,poste-livraison-solaire,onduleurs",
  "soleil-de-haute-provence/supervision-stockage/centre-supervision,conteneurs-batteries",
  "transformateurs-de-provence/bobinage/bobineuse,circuit-magnetique,etuve-sechage",
  "transformateurs-de-provence/montage-cuves/poste-cuve,decuvage-transfo,bureau-etudes-transfo",
  "transformateurs-de-provence/plateforme-essais/cellule-essais,transfo-essai",
  "lignes-et-reseaux-du-var/chantier-ligne/pylone-chantier,derouleuse-cable,armoire-raccordement",
  "lignes-et-reseaux-du-var/depot-reseaux/stock-tourets,poste-dessin-reseaux",
  "vergers-de-cavaillon/reception-fruits/tapis-tri-fruits,denoyauteuse,labo-reception",
  "vergers-de-cavaillon/cuisson-remplissage/cuiseur-melangeur,remplisseuse-gourdes,autoclave-steril",
  "vergers-de-cavaillon/expedition-agro/encartonneuse,entrepot-frais",
  "biscuiterie-des-remparts/petrin-faconnage/petrin-industriel,laminoir-pate",
  "biscuiterie-des-remparts/cuisson-biscuits/four-tunnel,refroidisseur-spirale",
  "biscuiterie-des-remparts/emballage-biscuits/ensacheuse-biscuits,detecteur-metaux",
  "legumerie-de-la-montagnette/lavage-decoupe/ligne-lavage,decoupe-legumes",
  "legumerie-de-la-montagnette/cuisine-conditionnement/marmite-soupes,peseuse-ensacheuse,quai-frais",
  "plastiques-des-baous/atelier-injection/presse-injection,robot-demoulage,secheur-granules",
  "plastiques-des-baous/outillage-controle/fraiseuse-moules,poste-design,controle-vision",
  "regain-polymeres/tri-broyage/tapis-tri-plastiques,broyeur-plastiques",
  "regain-polymeres/extrusion-recyclage/extrudeuse-tubes,silo-recycle,labo-recyclage",
  "energies-de-lavera/distillation/colonne-distillation,four-rebouilleur,torche-raffinerie",
  "energies-de-lavera/salle-controle-centrale/consoles-conduite,armoires-automatismes",
  "energies-de-lavera/stockage-expeditions/bacs-stockage,pomperie,rack-raffinerie",
  "biocarburants-de-la-cote-bleue/pretraitement/cuves-huiles,reacteur-lavage",
  "biocarburants-de-la-cote-bleue/hydrotraitement/reacteur-hvo,salle-controle-bio,electrolyseur",
  "ciments-etoile/carriere-calcaire/concasseur,front-taille,convoyeur-carriere",
  "ciments-etoile/four-ciment/tour-prechauffage,four-rotatif,salle-controle-ciment,labo-ciment",
  "ciments-etoile/broyage-expedition/silos-ciment,ensacheuse-ciment",
  "gypse-et-platres-du-comtat/cuisson-gypse/broyeur-gypse,four-calcination,engins-carriere-mazan",
  "gypse-et-platres-du-comtat/ligne-plaques/malaxeur-platre,sechoir-plaques,empileur-plaques",
  "atelier-des-calanques/studio-creation/table-stylisme,table-patronage,poste-prototype",
  "atelier-des-calanques/coupe-confection/table-coupe-auto,chaine-couture,poste-finition",
  "etoffes-de-tarascon/tissage/metier-a-tisser,ourdissoir",
  "etoffes-de-tarascon/impression-textile/imprimante-rotative,table-dessin-motifs",
  "etoffes-de-tarascon/confection-linge/table-coupe-tarascon,postes-ourlets",
  "arc-semiconducteurs/salle-blanche-photo/scanner-photolitho,stocker-plaquettes,hotte-flux-laminaire",
  "arc-semiconducteurs/gravure-depots/graveur-plasma,four-diffusion,microscope-inspection",
  "arc-semiconducteurs/test-plaquettes/testeur-sous-pointes,baie-maintenance",
  "electronique-sainte-baume/ligne-cms/poseuse-composants,four-refusion,convoyeur-cms",
  "electronique-sainte-baume/test-cartes/inspection-optique,banc-test-cartes,poste-conception-cartes",
  "rotors-de-provence/assemblage-final/gabarit-fuselage,helico-assemblage,poste-cablage",
  "rotors-de-provence/atelier-composites-pales/salle-drapage,autoclave-pales,controle-cnd-pales",
  "rotors-de-provence/centre-maintenance/helico-revision,banc-moteur",
  "precision-aero-istres/usinage-aero/fraiseuse-5-axes-aero,poste-programmation",
  "precision-aero-istres/traitements-controle/ligne-bains,ressuage,machine-tridimensionnelle",
  "precision-aero-istres/sous-ensembles/gabarit-troncon,troncon-fuselage",
  "azur-orbital/salle-integration/satellite-integration,poste-cablage-satellite",
  "azur-orbital/essais-spatiaux/caisson-vide-thermique,baie-controle-essais",
  "syntheses-pharmaceutiques-durance/atelier-principes-actifs/reacteur-inox-pharma,colonne-purification,secheur-pharma",
  "syntheses-pharmaceutiques-durance/controle-qualite-pharma/chromatographie-pharma,labo-microbio",
  "laboratoires-bleone/fabrication-formes-seches/melangeur-poudres,presse-comprimes,hotte-pesee-pharma",
  "laboratoires-bleone/conditionnement-pharma/blistereuse,etuyeuse,magasin-pharma",
  "distillerie-des-roses-de-mai/distillerie-extraction/alambic,extracteur-solvant,cuves-essences",
  "distillerie-des-roses-de-mai/laboratoire-creation/orgue-parfums,paillasse-aromes,chromatographe-parfum",
  "distillerie-des-roses-de-mai/compoundage/melangeur-concentres,remplisseuse-bidons-parfum",
  "lavandes-et-cosmetiques-manosque/fabrication-cremes/cuve-emulsion,cuves-stockage-cremes",
  "lavandes-et-cosmetiques-manosque/conditionnement-cosmetique/remplisseuse-tubes,ligne-coffrets,convoyeur-cosmetique",
  "lavandes-et-cosmetiques-manosque/labo-formulation/paillasse-formulation,orgue-senteurs",
];

/** The bytes deflate starts from: the places as the compact tour writes them, then the words. */
export const tourLinkPresetV1 =
  placesV1
    .flatMap((line) => {
      const [company = "", workshop = "", machines = ""] = line.split("/");
      return machines.split(",").map((machine) => `"${company}","${workshop}","${machine}","`);
    })
    .join("") + tourLinkDictionaryV1;
