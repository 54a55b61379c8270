using NrcGame.Market;

namespace NrcGame.WebClient.Api;

/// <summary>The answer of the preview: one firm's curves in one segment, in the market in force and with the proposed change.</summary>
/// <param name="Turn">The turn the change would apply from (the next to be resolved).</param>
/// <param name="FirmId">The firm whose price and media budget vary; every other firm keeps its current decisions.</param>
/// <param name="SegmentId">The segment.</param>
/// <param name="SegmentName">Its French name.</param>
/// <param name="ListPrice">The firm's current list price in the segment (marked on the curve).</param>
/// <param name="MediaSpend">The firm's current media budget in the segment.</param>
/// <param name="Current">The curves in the market in force.</param>
/// <param name="Proposed">The curves with the proposed change.</param>
public sealed record ResponseCurvePreview(int Turn, string FirmId, string SegmentId, string SegmentName, decimal ListPrice, decimal MediaSpend,
    ResponseCurveSet Current, ResponseCurveSet Proposed);
