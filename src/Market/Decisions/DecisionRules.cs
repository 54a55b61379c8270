namespace NrcGame.Market;

/// <summary>
/// Checks a firm's decisions against the scenario and the law (payment terms ≤ 60 days, market-model.md §6.1).
/// Pure: returns every error with its camelCase field path and a French message naming the field, the value
/// and the allowed range. An empty list means the decisions can be resolved.
/// </summary>
public static class DecisionRules
{
    /// <summary>Legal cap on payment terms between professionals (LME, Code de commerce L441-10).</summary>
    public const int LegalPaymentTermsCap = 60;

    private const decimal MaxBudget = 10_000_000m;

    /// <summary>Validates <paramref name="decisions"/>; with <paramref name="state"/>, also checks the dismissed and allocated rep ids exist.</summary>
    public static IReadOnlyList<DecisionError> Validate(MarketScenario scenario, FirmDecisions decisions, FirmState? state = null)
    {
        // Missing parts first: the checks below read every part.
        var errors = DecisionShape.MissingParts(decisions);
        if (errors.Count > 0) return errors;
        var segments = scenario.Segments.ToDictionary(segment => segment.Id, StringComparer.Ordinal);
        var channels = scenario.Channels.ToDictionary(channel => channel.Id, StringComparer.Ordinal);
        var territories = scenario.Territories.Select(territory => territory.Id).ToHashSet(StringComparer.Ordinal);

        CheckPricing(decisions.Pricing, scenario, segments, channels, errors);
        CheckStaffing(decisions.Staffing, state, errors);
        CheckRemuneration(decisions.Remuneration, errors);
        CheckAllocation(decisions.Allocation, channels, territories, state, errors);
        CheckPromotion(decisions.Promotion, segments, channels, errors);
        foreach (var (segment, units) in decisions.Purchases)
        {
            if (!KnownKey(segments, segment, $"purchases.{segment}", "Achats", errors)) continue;
            if (units is < 0 or > 10_000_000)
                errors.Add(new($"purchases.{segment}", $"Achats ({segments[segment].Name}) : {FrenchFormat.Number(units)} unités est hors de la plage autorisée (0 – 10 000 000 unités)."));
        }
        foreach (var (segment, objective) in decisions.Objectives)
        {
            if (!KnownKey(segments, segment, $"objectives.{segment}", "Objectif de CA", errors)) continue;
            Money(objective, 0m, 1_000_000_000m, $"objectives.{segment}", $"Objectif de CA HT ({segments[segment].Name})", errors);
        }
        if (decisions.Studies.Distinct().Count() != decisions.Studies.Count)
            errors.Add(new("studies", "Études de marché : une même étude est achetée deux fois."));
        return errors;
    }

    private static void CheckPricing(PricingDecisions pricing, MarketScenario scenario, Dictionary<string, SegmentDefinition> segments,
        Dictionary<string, ChannelDefinition> channels, List<DecisionError> errors)
    {
        foreach (var segment in scenario.Segments)
        {
            var path = $"pricing.listPrice.{segment.Id}";
            if (!pricing.ListPrice.TryGetValue(segment.Id, out var price))
            {
                errors.Add(new(path, $"Prix catalogue HT ({segment.Name}) : le prix est obligatoire."));
                continue;
            }
            Money(price, MinimumPrice(segment), MaximumPrice(segment), path, $"Prix catalogue HT ({segment.Name})", errors);
        }
        foreach (var segment in pricing.ListPrice.Keys.Where(key => !segments.ContainsKey(key)))
            errors.Add(new($"pricing.listPrice.{segment}", $"Prix catalogue HT : le segment « {segment} » n'existe pas dans ce marché."));
        foreach (var (channel, rate) in pricing.Discount)
        {
            if (KnownKey(channels, channel, $"pricing.discount.{channel}", "Remise", errors))
                Rate(rate, 0m, 0.5m, $"pricing.discount.{channel}", $"Remise ({channels[channel].Name})", errors);
        }
        Rate(pricing.Rebate, 0m, 0.1m, "pricing.rebate", "Ristourne", errors);
        if (pricing.PaymentTermsDays is < 0 or > LegalPaymentTermsCap)
            errors.Add(new("pricing.paymentTermsDays",
                $"Délai de paiement accordé : {pricing.PaymentTermsDays} jours est hors de la plage autorisée (0 – {LegalPaymentTermsCap} jours, plafond légal LME)."));
        Rate(pricing.EarlyPaymentDiscount, 0m, 0.05m, "pricing.earlyPaymentDiscount", "Escompte", errors);
        if (pricing.EarlyPaymentDiscount > 0 && (pricing.EarlyPaymentDays < 0 || pricing.EarlyPaymentDays > Math.Max(0, pricing.PaymentTermsDays)))
            errors.Add(new("pricing.earlyPaymentDays",
                $"Délai pour bénéficier de l'escompte : {pricing.EarlyPaymentDays} jours est hors de la plage autorisée (0 – {Math.Max(0, pricing.PaymentTermsDays)} jours, au plus le délai de paiement)."));
        foreach (var (segment, rate) in pricing.Promotion)
        {
            if (!KnownKey(segments, segment, $"pricing.promotion.{segment}", "Promotion consommateur", errors)) continue;
            if (segments[segment].Kind == SegmentKind.B2B && rate != 0m)
                errors.Add(new($"pricing.promotion.{segment}", $"Promotion consommateur ({segments[segment].Name}) : {FrenchFormat.Percent(rate)} n'est possible que sur un segment grand public (0 % attendu)."));
            else
                Rate(rate, 0m, 0.5m, $"pricing.promotion.{segment}", $"Promotion consommateur ({segments[segment].Name})", errors);
        }
        var classes = scenario.CreditClasses.Select(credit => credit.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var credit in pricing.AcceptedCreditClasses.Where(credit => !classes.Contains(credit)))
            errors.Add(new("pricing.acceptedCreditClasses", $"Classes de clients acceptées : la classe « {credit} » n'existe pas (classes possibles : {string.Join(", ", classes)})."));
    }

    private static void CheckStaffing(StaffingDecisions staffing, FirmState? state, List<DecisionError> errors)
    {
        for (var index = 0; index < staffing.Hires.Count; index++)
        {
            var hire = staffing.Hires[index];
            if (hire.Count is < 0 or > 20)
                errors.Add(new($"staffing.hires[{index}].count", $"Embauches ({hire.Status}) : {hire.Count} est hors de la plage autorisée (0 – 20 par trimestre)."));
        }
        if (staffing.Dismissals.Distinct(StringComparer.Ordinal).Count() != staffing.Dismissals.Count)
            errors.Add(new("staffing.dismissals", "Licenciements : un même commercial est licencié deux fois."));
        if (state is not null)
        {
            var ids = state.Reps.Select(rep => rep.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var id in staffing.Dismissals.Where(id => !ids.Contains(id)))
                errors.Add(new("staffing.dismissals", $"Licenciements : le commercial « {id} » ne fait pas partie de l'équipe."));
        }
        if (staffing.TrainingDaysPerRep is < 0 or > 10 || double.IsNaN(staffing.TrainingDaysPerRep))
            errors.Add(new("staffing.trainingDaysPerRep", $"Jours de formation par commercial : {FrenchFormat.Number(staffing.TrainingDaysPerRep)} est hors de la plage autorisée (0 – 10 jours)."));
    }

    private static void CheckRemuneration(RemunerationDecisions plan, List<DecisionError> errors)
    {
        Money(plan.FixedSalary, 0m, 30_000m, "remuneration.fixedSalary", "Salaire fixe trimestriel", errors);
        Rate(plan.CommissionRate, 0m, 0.2m, "remuneration.commissionRate", "Taux de commission", errors);
        Money(plan.Quota, 0m, 10_000_000m, "remuneration.quota", "Quota trimestriel par commercial", errors);
        Money(plan.Bonus, 0m, 50_000m, "remuneration.bonus", "Prime d'objectif", errors);
        Rate(plan.OverQuotaRate, 0m, 0.2m, "remuneration.overQuotaRate", "Taux de commission au-delà du quota", errors);
        Money(plan.VariableCap, 0m, 200_000m, "remuneration.variableCap", "Plafond de la rémunération variable", errors);
        Rate(plan.ExternalCommissionRate, 0m, 0.3m, "remuneration.externalCommissionRate", "Taux de commission des VRP multicartes et agents", errors);
        Money(plan.StimulationBudget, 0m, 1_000_000m, "remuneration.stimulationBudget", "Budget de stimulation", errors);
    }

    private static void CheckAllocation(AllocationDecisions allocation, Dictionary<string, ChannelDefinition> channels,
        HashSet<string> territories, FirmState? state, List<DecisionError> errors)
    {
        CheckTimeSplit(allocation.Default, "allocation.default", "Répartition par défaut", channels, territories, errors);
        var ids = state?.Reps.Select(rep => rep.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (rep, split) in allocation.PerRep)
        {
            if (ids is not null && !ids.Contains(rep))
                errors.Add(new($"allocation.perRep.{rep}", $"Répartition du temps : le commercial « {rep} » ne fait pas partie de l'équipe."));
            CheckTimeSplit(split, $"allocation.perRep.{rep}", $"Répartition du temps de {rep}", channels, territories, errors);
        }
        if (allocation.ProspectionShare is < 0 or > 1 || double.IsNaN(allocation.ProspectionShare))
            errors.Add(new("allocation.prospectionShare", $"Part de prospection : {FrenchFormat.Number(allocation.ProspectionShare * 100)} % est hors de la plage autorisée (0 % – 100 %)."));
    }

    private static void CheckTimeSplit(IReadOnlyList<TimeAllocation> split, string path, string label,
        Dictionary<string, ChannelDefinition> channels, HashSet<string> territories, List<DecisionError> errors)
    {
        var total = 0.0;
        for (var index = 0; index < split.Count; index++)
        {
            var part = split[index];
            if (!territories.Contains(part.Territory))
                errors.Add(new($"{path}[{index}].territory", $"{label} : le secteur « {part.Territory} » n'existe pas dans ce marché."));
            if (!channels.ContainsKey(part.Channel))
                errors.Add(new($"{path}[{index}].channel", $"{label} : le canal « {part.Channel} » n'existe pas dans ce marché."));
            if (part.Share is < 0 or > 1 || double.IsNaN(part.Share))
                errors.Add(new($"{path}[{index}].share", $"{label} ({part.Territory}, {part.Channel}) : {FrenchFormat.Number(part.Share * 100)} % est hors de la plage autorisée (0 % – 100 %)."));
            else
                total += part.Share;
        }
        if (total > 1.000001)
            errors.Add(new(path, $"{label} : le total de {FrenchFormat.Number(total * 100)} % dépasse 100 % du temps de vente."));
    }

    private static void CheckPromotion(PromotionDecisions promotion, Dictionary<string, SegmentDefinition> segments,
        Dictionary<string, ChannelDefinition> channels, List<DecisionError> errors)
    {
        CheckBudgets(promotion.Media, "promotion.media", "Publicité média", segments, errors);
        CheckBudgets(promotion.DirectMarketing, "promotion.directMarketing", "Marketing direct", segments, errors);
        CheckBudgets(promotion.Sponsorship, "promotion.sponsorship", "Parrainage", segments, errors);
        foreach (var (channel, trade) in promotion.Trade)
        {
            var path = $"promotion.trade.{channel}";
            if (!KnownKey(channels, channel, path, "Trade marketing", errors)) continue;
            Money(trade.ListingFees, 0m, MaxBudget, $"{path}.listingFees", $"Droits de référencement ({channels[channel].Name})", errors);
            Rate(trade.CooperationRate, 0m, 0.3m, $"{path}.cooperationRate", $"Coopération commerciale ({channels[channel].Name})", errors);
            Money(trade.DisplaySpend, 0m, MaxBudget, $"{path}.displaySpend", $"Têtes de gondole et PLV ({channels[channel].Name})", errors);
        }
    }

    private static void CheckBudgets(IReadOnlyDictionary<string, decimal> budgets, string path, string label,
        Dictionary<string, SegmentDefinition> segments, List<DecisionError> errors)
    {
        foreach (var (segment, amount) in budgets)
        {
            if (KnownKey(segments, segment, $"{path}.{segment}", label, errors))
                Money(amount, 0m, MaxBudget, $"{path}.{segment}", $"{label} ({segments[segment].Name})", errors);
        }
    }

    /// <summary>Lowest list price allowed: half the unit purchase cost (MCI needs a price floor, §1.1), at least 0,01 €.</summary>
    public static decimal MinimumPrice(SegmentDefinition segment) => Math.Max(0.01m, Math.Round(segment.UnitPurchaseCost / 2m, 2));

    /// <summary>Highest list price allowed: five times the reference price.</summary>
    public static decimal MaximumPrice(SegmentDefinition segment) => Math.Round(segment.ReferencePrice * 5m, 2);

    private static bool KnownKey<T>(Dictionary<string, T> known, string key, string path, string label, List<DecisionError> errors)
    {
        if (known.ContainsKey(key)) return true;
        errors.Add(new(path, $"{label} : « {key} » n'existe pas dans ce marché."));
        return false;
    }

    private static void Money(decimal value, decimal min, decimal max, string path, string label, List<DecisionError> errors)
    {
        if (value < min || value > max)
            errors.Add(new(path, $"{label} : {FrenchFormat.Euros(value)} est hors de la plage autorisée ({FrenchFormat.Euros(min)} – {FrenchFormat.Euros(max)})."));
    }

    private static void Rate(decimal value, decimal min, decimal max, string path, string label, List<DecisionError> errors)
    {
        if (value < min || value > max)
            errors.Add(new(path, $"{label} : {FrenchFormat.Percent(value)} est hors de la plage autorisée ({FrenchFormat.Percent(min)} – {FrenchFormat.Percent(max)})."));
    }
}
