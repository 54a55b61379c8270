namespace NrcGame.Scenarios;

/// <summary>A section of the BTS NRC référentiel exercised by a scenario.</summary>
/// <param name="Id">Section number as the référentiel writes it without spaces (e.g. <c>S511</c>, <c>S62.2</c>); see <see cref="Referentiel"/>.</param>
/// <param name="Title">Title of the section (French).</param>
public sealed record ReferentielSection(string Id, string Title);
