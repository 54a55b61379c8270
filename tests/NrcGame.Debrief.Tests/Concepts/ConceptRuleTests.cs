namespace NrcGame.Debrief.Tests.Concepts;

public sealed class ConceptRuleTests
{
    public static TheoryData<string> RuleIds() => new(ConceptRules.All.Select(rule => rule.Id));

    private static ConceptRule Rule(string id) => ConceptRules.All.Single(rule => rule.Id == id);

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Each_rule_fires_on_the_game_built_to_trigger_it(string id)
    {
        var cards = Rule(id).Detect(Games.Triggers[id]());

        Assert.NotEmpty(cards);
        var card = cards[0];
        Assert.Equal(id, card.RuleId);
        Assert.NotEmpty(card.Turns);
        Assert.NotEmpty(card.Evidence);
        Assert.All(card.Evidence, sentence => Assert.Matches(@"\d", sentence));
        Assert.InRange(card.Questions.Count, 2, 3);
        Assert.All(card.Questions, question => Assert.EndsWith("?", question));
    }

    [Fact]
    public void No_rule_fires_on_the_neutral_game()
    {
        var cards = ConceptRules.Detect(Games.Neutral());

        Assert.Empty(cards.Select(card => $"{card.RuleId}: {string.Join(" | ", card.Evidence)}"));
    }

    /// <summary>The S6 subsections of the concept map (src/Debrief/Concepts/concept-map.md): id → title, in table order.</summary>
    private static List<(string Id, string Title)> ConceptMapSubsections() =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "concept-map.md"))
            .Select(line => System.Text.RegularExpressions.Regex.Match(line, @"^\| (S6\d\.\d) ([^|]+?) \|"))
            .Where(match => match.Success).Select(match => (match.Groups[1].Value, match.Groups[2].Value)).ToList();

    private static string Words(string title) =>
        System.Text.RegularExpressions.Regex.Replace(title.ToLowerInvariant(), @"[^\p{L}\p{N}]+", " ").Trim();

    [Fact]
    public void Every_subsection_of_the_concept_map_is_reached_by_a_rule_that_fires_on_its_trigger_game()
    {
        var map = ConceptMapSubsections();
        Assert.Equal(["S61.1", "S61.2", "S62.1", "S62.2", "S62.3", "S63.1", "S63.2", "S63.3", "S63.4"], map.Select(section => section.Id));
        Assert.Equal(map.Select(section => section.Id), Referentiel.ManagementSubsections);
        // The map abridges some titles and writes its own punctuation: same words, in the same order, from the start.
        Assert.All(map, section => Assert.StartsWith(Words(section.Title), Words(Referentiel.Section(section.Id).Title)));
        foreach (var section in map.Select(section => section.Id))
        {
            var reached = ConceptRules.All.Where(rule => rule.SectionId == section)
                .Any(rule => rule.Detect(Games.Triggers[rule.Id]()).Any(card => card.Section.Id == section));
            Assert.True(reached, $"Aucune règle n'atteint {section}.");
        }
    }

    [Fact]
    public void Every_rule_has_a_trigger_game_and_a_unique_id()
    {
        Assert.Equal(ConceptRules.All.Select(rule => rule.Id).Order(), Games.Triggers.Keys.Order());
        Assert.Equal(ConceptRules.All.Count, ConceptRules.All.Select(rule => rule.Id).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Each_card_quotes_lines_of_its_own_section(string id)
    {
        var rule = Rule(id);
        var section = Referentiel.Section(rule.SectionId);

        Assert.Equal(rule.QuotedLineStarts.Count, rule.Quoted.Count);
        Assert.All(rule.Quoted, line => Assert.Contains(line, section.Knowledge.Concat(section.Limits)));
    }

    [Fact]
    public void The_commission_card_shows_the_decided_rate_and_turns()
    {
        var card = Assert.Single(Rule("remuneration-100-commission").Detect(Games.Triggers["remuneration-100-commission"]()));

        Assert.Equal([2, 3, 4], card.Turns);
        Assert.StartsWith("Trimestre 2 : fixe 0 €, commission de 8,0\u00a0%", card.Evidence[0]);
        Assert.Equal("S63.1", card.Section.Id);
        Assert.Contains("Systèmes de rémunération", card.Quoted);
    }

    [Fact]
    public void The_coordination_card_names_the_authors_of_the_turn()
    {
        var card = Assert.Single(Rule("coordination-equipe").Detect(Games.Triggers["coordination-equipe"]()));

        Assert.Equal([2], card.Turns);
        Assert.Equal("Trimestre 2 : 2 soumission(s) et 1 retrait(s) par alice, bob, de 10:00 à 10:36 (UTC).", Assert.Single(card.Evidence));
    }

    [Fact]
    public void The_training_card_prices_the_days_decided()
    {
        var history = Games.Triggers["formation"]();
        var card = Assert.Single(Rule("formation").Detect(history));
        var headcount = history.Turns[2].Result.SalesTeam.Headcount;

        Assert.Equal([3], card.Turns);
        Assert.StartsWith($"Trimestre 3 : 3 jour(s) de formation × {headcount} commerciaux × 350\u00a0€ par jour = {(3 * headcount * 350).ToString("#,0", System.Globalization.CultureInfo.InvariantCulture).Replace(",", "\u00a0")}\u00a0€ ;",
            Assert.Single(card.Evidence));
    }

    [Fact]
    public void The_talley_card_counts_the_two_dismissed_reps_out()
    {
        var history = Games.Triggers["equipe-sous-talley"]();
        var card = Assert.Single(Rule("equipe-sous-talley").Detect(history));
        var neutral = Games.Neutral().Turns[1].Result.SalesTeam;
        var dismissedTurn = history.Turns[1].Result.SalesTeam;

        Assert.Contains(2, card.Turns);
        Assert.Equal(neutral.Headcount - 2, dismissedTurn.Headcount);
        Assert.StartsWith($"Trimestre 2 : {neutral.Headcount - 2} commerciaux en poste", card.Evidence[0]);
    }
}
