namespace NrcGame.Market.Accounting.Formulas;

/// <summary>
/// What a sales rep costs the firm under French rules (market-model.md §3.3, §8.2 step 12):
/// charges patronales, commissions, indemnité légale de licenciement, VRP and agent rules.
/// </summary>
public static class SalesforceCosts
{
    /// <summary>Guaranteed minimum of a VRP exclusif per quarter, in hours of SMIC (520 × SMIC horaire).</summary>
    public const decimal VrpExclusiveMinimumHoursPerQuarter = 520m;

    /// <summary>Minimum seniority, in months, that opens the right to the indemnité légale de licenciement.</summary>
    public const int DismissalIndemnityMinimumSeniorityMonths = 8;

    /// <summary>Charges patronales = salaire brut × taux de charges sociales patronales (≈ 42 %).</summary>
    public static decimal EmployerSocialCharges(decimal grossPay, decimal employerSocialRate) => grossPay * employerSocialRate;

    /// <summary>Coût employeur d'un salarié = salaire brut × (1 + taux de charges patronales).</summary>
    public static decimal EmployerCost(decimal grossPay, decimal employerSocialRate) => grossPay + EmployerSocialCharges(grossPay, employerSocialRate);

    /// <summary>Commission = assiette (CA, marge or encaissements) × taux de commission.</summary>
    public static decimal Commission(decimal commissionBase, decimal commissionRate) => commissionBase * commissionRate;

    /// <summary>
    /// Coût d'un commercial salarié for the period = (fixe + commissions + primes) × (1 + taux de charges patronales).
    /// </summary>
    public static decimal SalariedRepCost(decimal fixedGrossPay, decimal commissions, decimal bonuses, decimal employerSocialRate) =>
        EmployerCost(fixedGrossPay + commissions + bonuses, employerSocialRate);

    /// <summary>
    /// Indemnité légale de licenciement (rule since September 2017): ¼ month of reference salary per
    /// year of seniority up to 10 years, ⅓ month per year beyond; incomplete years count pro rata of
    /// completed months; nothing below 8 months of seniority.
    /// </summary>
    /// <param name="monthlyReferenceSalary">Salaire de référence: the more favourable of the average of the last 12 or 3 months (gross).</param>
    /// <param name="completedMonthsOfSeniority">Ancienneté in completed months at the end of the notice.</param>
    public static decimal LegalDismissalIndemnity(decimal monthlyReferenceSalary, int completedMonthsOfSeniority)
    {
        if (completedMonthsOfSeniority < DismissalIndemnityMinimumSeniorityMonths)
        {
            return 0m;
        }

        var years = completedMonthsOfSeniority / 12m;
        var upToTenYears = Math.Min(years, 10m);
        var beyondTenYears = Math.Max(years - 10m, 0m);
        return monthlyReferenceSalary * (upToTenYears / 4m + beyondTenYears / 3m);
    }

    /// <summary>Minimum garanti d'un VRP exclusif for a quarter = 520 × SMIC horaire (net of expenses).</summary>
    public static decimal VrpExclusiveQuarterlyMinimum(decimal hourlyMinimumWage) => VrpExclusiveMinimumHoursPerQuarter * hourlyMinimumWage;

    /// <summary>Complément to pay a VRP exclusif whose quarter's earnings fall below the guaranteed minimum.</summary>
    public static decimal VrpExclusiveTopUp(decimal quarterEarnings, decimal hourlyMinimumWage) =>
        Math.Max(VrpExclusiveQuarterlyMinimum(hourlyMinimumWage) - quarterEarnings, 0m);

    /// <summary>
    /// Indemnité de fin de contrat d'un agent commercial (Code de commerce L134-12), customarily two
    /// years of commissions = commissions annuelles moyennes × 2.
    /// </summary>
    public static decimal AgentEndOfContractIndemnity(decimal averageAnnualCommissions, decimal yearsOfCommissions = 2m) =>
        averageAnnualCommissions * yearsOfCommissions;

    /// <summary>Coût de recrutement = salaire brut annuel × taux (20 % by default, §8.4).</summary>
    public static decimal HiringCost(decimal annualGrossPay, decimal hiringCostRate) => annualGrossPay * hiringCostRate;
}
