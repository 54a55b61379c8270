using System.Text.Json.Nodes;

namespace NrcGame.Scenarios.Tests;

/// <summary>The suite of broken scenario files (issue 5: at least 20), each with its expected message.</summary>
internal static class BrokenScenarios
{
    private static JsonObject Market(JsonObject root) => root["market"]!.AsObject();
    private static JsonObject Segment(JsonObject root, int index) => Market(root)["segments"]![index]!.AsObject();
    private static JsonObject Channel(JsonObject root, int index) => Market(root)["channels"]![index]!.AsObject();
    private static JsonObject Card(JsonObject root, int index) => root["events"]![index]!.AsObject();

    /// <summary>Every broken file by name.</summary>
    public static IReadOnlyDictionary<string, BrokenScenario> All { get; } = new BrokenScenario[]
    {
        BrokenScenario.File("malformed-json", "", "JSON valide", "ligne 4", "position"),
        BrokenScenario.File("not-an-object", "", "objet JSON"),
        BrokenScenario.File("truncated", "", "JSON valide", "ligne"),
        BrokenScenario.From("missing-goal", root => root.Remove("goal"), "goal", "obligatoire"),
        BrokenScenario.From("missing-reference-price", root => Segment(root, 0).Remove("referencePrice"), "segments[B2C_GP].referencePrice", "obligatoire"),
        BrokenScenario.From("price-as-text", root => Segment(root, 0)["referencePrice"] = "vingt", "segments[B2C_GP].referencePrice", "type incorrect", "il faut un nombre"),
        BrokenScenario.From("typo-in-field", root => Segment(root, 0)["referncePrice"] = 20, "segments[B2C_GP]", "referncePrice", "n'existe pas"),
        BrokenScenario.From("unknown-channel-kind", root => Channel(root, 0)["kind"] = "Supermarche", "channels[HYPER].kind", "Hypermarket", "Wholesaler"),
        BrokenScenario.From("negative-price", root => Segment(root, 1)["referencePrice"] = -5, "segments[B2B_PRO].referencePrice", "-5", "hors de la plage", "0,01 – 100 000 €"),
        BrokenScenario.From("duplicate-segment", root => Segment(root, 1)["id"] = "B2C_GP", "segments[B2C_GP].id", "deux fois"),
        BrokenScenario.From("potential-unknown-territory", root => Segment(root, 0)["potential"]!["T9"] = 1000, "segments[B2C_GP].potential.T9", "T9", "n'existe pas"),
        BrokenScenario.From("weight-unknown-channel", root => Segment(root, 1)["channelWeights"] = new JsonObject { ["DIRECT"] = 0.7, ["GROSSISTE"] = 0.3 },
            "segments[B2B_PRO].channelWeights.GROSSISTE", "GROSSISTE", "n'existe pas"),
        BrokenScenario.From("channel-weights-sum", root => Segment(root, 0)["channelWeights"]!["HYPER"] = 0.5, "segments[B2C_GP].channelWeights", "somme", "0,9", "1"),
        BrokenScenario.From("credit-mix-unknown-class", root => Segment(root, 0)["creditMix"] = new JsonObject { ["A"] = 0.5, ["E"] = 0.5 },
            "segments[B2C_GP].creditMix.E", "classe", "n'existe pas"),
        BrokenScenario.From("seasonality-sum", root => Segment(root, 0)["seasonality"] = new JsonArray(1.0, 1.0, 1.0, 1.4), "segments[B2C_GP].seasonality", "somme", "4,4"),
        BrokenScenario.From("seasonality-three-quarters", root => Segment(root, 0)["seasonality"] = new JsonArray(1.2, 1.4, 1.4), "segments[B2C_GP].seasonality", "3 coefficients", "4"),
        BrokenScenario.From("price-exponent-b2c", root => Segment(root, 0)["parameters"]!["priceExponent"] = 6, "segments[B2C_GP].parameters.priceExponent", "6", "2 – 4,5"),
        BrokenScenario.From("price-exponent-b2b", root => Segment(root, 1)["parameters"]!["priceExponent"] = 3.2, "segments[B2B_PRO].parameters.priceExponent", "3,2", "1 – 2,5"),
        BrokenScenario.From("cost-above-price", root => Segment(root, 0)["unitPurchaseCost"] = 25, "segments[B2C_GP].unitPurchaseCost", "inférieur", "marge"),
        BrokenScenario.From("vat-rate", root => Segment(root, 0)["vatRate"] = 0.19, "segments[B2C_GP].vatRate", "0,19", "TVA"),
        BrokenScenario.From("payment-terms-90-days", root => Market(root)["finance"]!["referencePaymentTermsDays"] = 90, "finance.referencePaymentTermsDays", "90", "0 – 60 jours"),
        BrokenScenario.From("supplier-terms-75-days", root => Market(root)["finance"]!["supplierPaymentDays"] = 75, "finance.supplierPaymentDays", "75", "60 jours"),
        BrokenScenario.From("smic-below-legal", root => Market(root)["salesforce"]!["smicHourly"] = 10, "salesforce.smicHourly", "10", "SMIC", "minimum légal"),
        BrokenScenario.From("vrp-minimum-hours", root => Market(root)["salesforce"]!["vrpMinimumHours"] = 400, "salesforce.vrpMinimumHours", "400", "520"),
        BrokenScenario.From("social-charges", root => Market(root)["salesforce"]!["socialChargeRate"] = 0.6, "salesforce.socialChargeRate", "0,6", "25 % – 45 %"),
        BrokenScenario.From("market-pay-below-smic", root => Market(root)["salesforce"]!["marketPayQuarterly"] = 3000, "salesforce.marketPayQuarterly", "3 000", "€"),
        BrokenScenario.From("accounts-on-ecommerce", root => Market(root)["territories"]![0]!["accounts"]!["ECOM"] = 40, "territories[T1].accounts.ECOM", "e-commerce"),
        BrokenScenario.From("direct-channel-margin", root => Channel(root, 3)["intermediaryMargin"] = 0.1, "channels[DIRECT].intermediaryMargin", "directe", "0 attendu"),
        BrokenScenario.From("retail-margin-range", root => Channel(root, 1)["intermediaryMargin"] = 0.5, "channels[PROXI].intermediaryMargin", "0,5", "10 % – 35 %"),
        BrokenScenario.From("scoring-sum", root => Market(root)["scoring"]!["profit"] = 0.45, "scoring", "somme", "1,1"),
        BrokenScenario.From("outlook-range", root => Market(root)["outlook"] = new JsonArray(1.0, 2.0), "outlook[2]", "2", "0,5 – 1,5"),
        BrokenScenario.From("turn-count", root => Market(root)["turnCount"] = 30, "turnCount", "30", "6 – 12 trimestres"),
        BrokenScenario.From("listing-on-ecommerce", root => Market(root)["start"]!["distribution"]!["ECOM"] = 0.5, "start.distribution.ECOM", "référencement", "n'existe pas"),
        BrokenScenario.From("initial-terms-illegal", root => Market(root)["start"]!["decisions"] = new JsonObject
            {
                ["pricing"] = new JsonObject { ["listPrice"] = new JsonObject { ["B2C_GP"] = 20, ["B2B_PRO"] = 250 }, ["paymentTermsDays"] = 90 },
            }, "start.decisions.pricing.paymentTermsDays", "90 jours", "60"),
        BrokenScenario.From("initial-price-missing", root => Market(root)["start"]!["decisions"] = new JsonObject
            {
                ["pricing"] = new JsonObject { ["listPrice"] = new JsonObject { ["B2C_GP"] = 20 } },
            }, "start.decisions.pricing.listPrice.B2B_PRO", "obligatoire"),
        BrokenScenario.From("no-territory", root => Market(root)["territories"] = new JsonArray(), "territories", "au moins un secteur"),
        BrokenScenario.From("unknown-concept", root => Card(root, 0)["concepts"] = new JsonArray("S99"), "events[RECESSION].concepts[1]", "S99", "référentiel"),
        BrokenScenario.From("effect-unknown-path", root => Card(root, 0)["effects"]![0]!["path"] = "segments[B2C_GP].prix", "events[RECESSION].effects", "chemin inconnu", "prix"),
        BrokenScenario.From("effect-out-of-range", root => Card(root, 1)["effects"]![0]!["value"] = 3, "events[GUERRE_PRIX].effects", "segments[B2C_GP].parameters.priceExponent", "hors de la plage"),
        BrokenScenario.From("duplicate-card", root => Card(root, 1)["id"] = "RECESSION", "events[RECESSION].id", "deux fois"),
        BrokenScenario.From("lesson-step-after-end", root => root["lessonPlan"]![0]!["turn"] = 12, "lessonPlan[1].turn", "12", "1 – 8"),
    }.ToDictionary(broken => broken.Name, StringComparer.Ordinal);
}
