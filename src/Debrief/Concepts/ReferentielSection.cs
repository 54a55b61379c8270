namespace NrcGame.Debrief;

/// <summary>A section of the référentiel du BTS NRC, in its own wording.</summary>
/// <param name="Id">Section number (e.g. <c>S63.1</c>, <c>S534</c>).</param>
/// <param name="Title">Title as written in the référentiel.</param>
/// <param name="Knowledge">Connaissances, one line each, as written.</param>
/// <param name="Limits">Limites de connaissances, one line each, as written (empty where the référentiel gives none for the section).</param>
public sealed record ReferentielSection(string Id, string Title, IReadOnlyList<string> Knowledge, IReadOnlyList<string> Limits);
