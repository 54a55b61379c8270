namespace NrcGame.Scenarios;

/// <summary>
/// Sections of the BTS NRC référentiel (S4 mercatique, S5 gestion commerciale, S6 management commercial,
/// S7 communication) a scenario, a lesson step or an event card may cite, with their titles.
/// </summary>
public static class Referentiel
{
    /// <summary>Title of every known section id.</summary>
    public static IReadOnlyDictionary<string, string> Sections { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["S41"] = "La mercatique, une démarche centrée sur le client",
        ["S42"] = "Le contexte de l'action du commercial",
        ["S421"] = "L'environnement de l'action",
        ["S422"] = "Les marchés",
        ["S423"] = "La demande",
        ["S424"] = "La concurrence",
        ["S425"] = "La veille commerciale",
        ["S43"] = "L'analyse de la clientèle",
        ["S431"] = "La connaissance du client",
        ["S432"] = "Les outils de la connaissance",
        ["S44"] = "L'adaptation des solutions commerciales aux cibles prospects/clients",
        ["S441"] = "Les orientations stratégiques",
        ["S442"] = "Détermination et gestion de l'offre produits/services",
        ["S443"] = "La fixation du prix",
        ["S444"] = "L'organisation de la distribution",
        ["S445"] = "La communication médias",
        ["S446"] = "Les opérations de communication hors médias",
        ["S51"] = "La gestion des marges de manœuvre dans la négociation",
        ["S511"] = "Le prix",
        ["S512"] = "Les règlements et le financement",
        ["S513"] = "Les marges",
        ["S52"] = "La gestion de la rentabilité et du risque client",
        ["S521"] = "L'analyse de la valeur et du risque individuel client",
        ["S522"] = "L'analyse du portefeuille clients / prospects",
        ["S523"] = "La prise en compte du risque global pour l'entreprise",
        ["S53"] = "La gestion de l'action commerciale",
        ["S531"] = "L'estimation de l'effort commercial",
        ["S532"] = "L'évaluation de l'efficacité de l'action commerciale",
        ["S533"] = "La prise de décision",
        ["S534"] = "La planification et le suivi de l'action",
        ["S61"] = "Le cadre managérial",
        ["S61.1"] = "Le management : levier de l'organisation commerciale",
        ["S61.2"] = "L'équipe : élément de la structure commerciale",
        ["S62"] = "Les orientations managériales",
        ["S62.1"] = "Installation de la relation managériale",
        ["S62.2"] = "Constitution de l'équipe commerciale",
        ["S62.3"] = "Définition des procédures managériales",
        ["S63"] = "Management opérationnel",
        ["S63.1"] = "Organisation de l'activité du vendeur et de l'équipe commerciale",
        ["S63.2"] = "Mise en œuvre des plans d'action commerciale",
        ["S63.3"] = "Animation d'équipe",
        ["S63.4"] = "Le management du réseau de vente",
        ["S71"] = "Introduction à la communication",
        ["S72"] = "La communication dans la relation professionnelle",
        ["S74"] = "Les fondamentaux de la relation commerciale",
        ["S75"] = "La négociation entreprise / particulier",
        ["S76"] = "La négociation entreprise / entreprise",
        ["S77"] = "La négociation entreprise / distributeur",
    };
}
