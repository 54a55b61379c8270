namespace NrcGame.Market;

/// <summary>What an external charge pays for (groups the pro-forma lines).</summary>
internal enum ExternalChargeKind
{
    Overheads,
    Training,
    Studies,
    ListingFees,
    Communication,
    Display,
    Stimulation,
    Recruiting,
    VisitExpenses,
    AgentFees,
    Cooperation,
    ConsumerPromotion,
    CreditInsurance,
}
