namespace NrcGame.Market;

/// <summary>One firm's resolved quarter before the cross-firm parts (studies, score) are added.</summary>
internal sealed record FirmOutcome(FirmTurnResult Result, double AverageMotivation, double AverageSatisfaction);
