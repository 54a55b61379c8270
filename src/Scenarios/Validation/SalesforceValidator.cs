using NrcGame.Market;

namespace NrcGame.Scenarios;

/// <summary>Checks the salesforce, pay and turnover parameters (market-model.md §3, §4, §8.4) and the labour law minimums.</summary>
internal static class SalesforceValidator
{
    private static readonly NumericRange Share = new(0, 1, RangeUnit.Fraction);

    /// <summary>Adds the errors of <paramref name="salesforce"/>.</summary>
    public static void Check(SalesforceParameters salesforce, ErrorCollector errors)
    {
        const string path = "salesforce";
        errors.InRange($"{path}.workingDaysPerQuarter", salesforce.WorkingDaysPerQuarter, new NumericRange(40, 65, RangeUnit.Days));
        errors.InRange($"{path}.adminShare", salesforce.AdminShare, new NumericRange(0.1, 0.4, RangeUnit.Fraction));
        errors.InRange($"{path}.salesforceRetention", salesforce.SalesforceRetention, new NumericRange(0.1, 0.4, RangeUnit.Fraction));
        errors.InRange($"{path}.prospectionEffect", salesforce.ProspectionEffect, Share);
        errors.InRange($"{path}.rampStart", salesforce.RampStart, new NumericRange(0.1, 1, RangeUnit.Fraction));
        errors.InRange($"{path}.rampQuarters", salesforce.RampQuarters, new NumericRange(0.5, 4, RangeUnit.Quarters));
        errors.InRange($"{path}.hiringLeadQuarters", salesforce.HiringLeadQuarters, new NumericRange(1, 2, RangeUnit.Quarters));
        errors.InRange($"{path}.hiringCostShare", salesforce.HiringCostShare, new NumericRange(0.10, 0.30, RangeUnit.Fraction));
        errors.InRange($"{path}.socialChargeRate", salesforce.SocialChargeRate, new NumericRange(0.25, 0.45, RangeUnit.Fraction));
        if (salesforce.SmicHourly < LegalRules.MinimumSmicHourly || salesforce.SmicHourly > 20m)
            errors.Add($"{path}.smicHourly",
                $"{FrenchNumbers.Number(salesforce.SmicHourly)} € est hors de la plage autorisée ({FrenchNumbers.Number(LegalRules.MinimumSmicHourly)} – 20 €) : le SMIC horaire brut ne peut être inférieur au minimum légal.");
        if (salesforce.VrpMinimumHours < LegalRules.VrpMinimumHours || salesforce.VrpMinimumHours > 700m)
            errors.Add($"{path}.vrpMinimumHours",
                $"{FrenchNumbers.Number(salesforce.VrpMinimumHours)} heures est hors de la plage autorisée (520 – 700 heures) : le minimum trimestriel du VRP exclusif est de 520 fois le SMIC horaire.");
        var minimumPay = LegalRules.QuarterlySmic(salesforce.SmicHourly);
        errors.InRange($"{path}.marketPayQuarterly", salesforce.MarketPayQuarterly, new NumericRange((double)minimumPay, 30_000, RangeUnit.Euros));
        errors.InRange($"{path}.visitExpense", salesforce.VisitExpense, new NumericRange(0, 200, RangeUnit.Euros));
        errors.InRange($"{path}.trainingCostPerDay", salesforce.TrainingCostPerDay, new NumericRange(0, 2_000, RangeUnit.Euros));
        errors.InRange($"{path}.trainingSkillGain", salesforce.TrainingSkillGain, new NumericRange(0, 0.5, RangeUnit.Fraction));
        errors.InRange($"{path}.trainingHalfDays", salesforce.TrainingHalfDays, new NumericRange(0.5, 20, RangeUnit.Days));
        errors.InRange($"{path}.stimulationMaxBoost", salesforce.StimulationMaxBoost, new NumericRange(0, 0.3, RangeUnit.Fraction));
        errors.InRange($"{path}.stimulationHalfPerRep", salesforce.StimulationHalfPerRep, new NumericRange(1, 5_000, RangeUnit.Euros));
        errors.InRange($"{path}.insideSalesVisitFactor", salesforce.InsideSalesVisitFactor, new NumericRange(1, 5));
        errors.InRange($"{path}.insideSalesEffectiveness", salesforce.InsideSalesEffectiveness, new NumericRange(0.1, 1));
        errors.InRange($"{path}.externalTimeShareMin", salesforce.ExternalTimeShareMin, Share);
        errors.InRange($"{path}.externalTimeShareMax", salesforce.ExternalTimeShareMax, Share);
        errors.InRange($"{path}.externalTimeShare", salesforce.ExternalTimeShare,
            new NumericRange(salesforce.ExternalTimeShareMin, salesforce.ExternalTimeShareMax, RangeUnit.Fraction));
        errors.InRange($"{path}.multicarteCommissionResponse", salesforce.MulticarteCommissionResponse, new NumericRange(0, 3));
        errors.InRange($"{path}.agentCommissionResponse", salesforce.AgentCommissionResponse, new NumericRange(0, 3));
        errors.InRange($"{path}.referenceExternalCommission", salesforce.ReferenceExternalCommission, new NumericRange(0.03, 0.15, RangeUnit.Fraction));
        errors.InRange($"{path}.agentIndemnityQuarters", salesforce.AgentIndemnityQuarters, new NumericRange(0, 12, RangeUnit.Quarters));
        errors.InRange($"{path}.quitFloor", salesforce.QuitFloor, new NumericRange(0, 0.1, RangeUnit.Fraction));
        errors.InRange($"{path}.quitRange", salesforce.QuitRange, new NumericRange(0, 0.5, RangeUnit.Fraction));
        errors.InRange($"{path}.quitMidpoint", salesforce.QuitMidpoint, Share);
        errors.InRange($"{path}.quitSteepness", salesforce.QuitSteepness, new NumericRange(1, 20));
    }
}
