namespace NrcGame.Debrief.Tests.Concepts;

public sealed class ReferentielTests
{
    [Fact]
    public void Every_management_subsection_is_quoted_with_its_title_knowledge_and_limits()
    {
        foreach (var id in Referentiel.ManagementSubsections)
        {
            var section = Referentiel.Section(id);
            Assert.False(string.IsNullOrWhiteSpace(section.Title));
            Assert.NotEmpty(section.Knowledge);
            Assert.NotEmpty(section.Limits);
        }
    }

    [Fact]
    public void Quotes_keep_the_referentiel_wording()
    {
        var team = Referentiel.Section("S62.2");
        Assert.Equal("Constitution de l’équipe commerciale", team.Title);
        Assert.Equal(["Les fonctions et profils de poste", "Statuts des commerciaux", "Taille de l’équipe commerciale", "Recrutement"], team.Knowledge);

        var stimulation = Referentiel.Section("S63.2");
        Assert.Contains("Traiter la stimulation comme un levier de l'action commerciale et préciser les différences entre stimulation et motivation", stimulation.Limits);
        Assert.Contains("Analyse des écarts", Referentiel.Section("S534").Knowledge);
    }

    [Fact]
    public void An_unknown_section_is_refused()
    {
        Assert.Throws<KeyNotFoundException>(() => Referentiel.Section("S99"));
    }
}
