namespace NrcGame.Market;

/// <summary>One point of the share-versus-effort curve: the firm's media budget and the share the engine gives it.</summary>
/// <param name="MediaSpend">Media budget of the segment tried (€ HT per quarter).</param>
/// <param name="VolumeShare">The firm's volume share of the segment (0–1).</param>
public sealed record EffortPoint(decimal MediaSpend, double VolumeShare);
