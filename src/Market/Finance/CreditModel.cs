namespace NrcGame.Market;

/// <summary>Customer credit risk and payment lags (market-model.md §6.3).</summary>
public static class CreditModel
{
    /// <summary>Days of a quarter.</summary>
    public const double QuarterDays = 90;

    /// <summary>PD_g(T) = PD_g^0·(1 + θ·max(0, T − 30)/30), per quarter.</summary>
    public static double DefaultProbability(double baseProbability, double termsDays, double sensitivity) =>
        baseProbability * (1 + sensitivity * Math.Max(0, termsDays - 30) / 30);

    /// <summary>u(L, k) = clamp((L − 90k)/90, 0, 1): share of a quarter's sales still unpaid k quarters later (uniform sales).</summary>
    public static double UnpaidFraction(double lagDays, int quartersLater) =>
        quartersLater < 0 ? 1.0 : Math.Clamp((lagDays - QuarterDays * quartersLater) / QuarterDays, 0, 1);

    /// <summary>A client takes the escompte e (pay at t_e instead of T) when e/(1 − e)·360/(T − t_e) &gt; r_g.</summary>
    public static bool TakesEarlyPaymentDiscount(decimal discount, int discountDays, int termsDays, double costOfFunds) =>
        discount > 0 && termsDays > discountDays && (double)(discount / (1 - discount)) * 360.0 / (termsDays - discountDays) > costOfFunds;
}
