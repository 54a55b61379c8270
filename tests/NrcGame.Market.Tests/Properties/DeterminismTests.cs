using NrcGame.Market.Tests.Support;

namespace NrcGame.Market.Tests.Properties;

/// <summary>market-model.md §9 properties 8 and 16: stock dynamics and determinism.</summary>
public class DeterminismTests
{
    [Fact]
    public void The_same_input_gives_a_bit_identical_outcome()
    {
        var market = new TestMarket(tune: scenario => scenario with { Finance = scenario.Finance with { DemandNoise = 0.03 } });
        var input = market.Input(seed: 99UL);
        Assert.Equal(Json.Of(TurnResolver.Resolve(input)), Json.Of(TurnResolver.Resolve(input)));
    }

    [Fact]
    public void With_play_noise_the_seed_matters_and_without_it_it_does_not_move_demand()
    {
        var noisy = new TestMarket(tune: scenario => scenario with { Finance = scenario.Finance with { DemandNoise = 0.03 } });
        Assert.NotEqual(noisy.Resolve(seed: 1UL).Firms["f1"].Sales.Cells[0].CategoryDemand, noisy.Resolve(seed: 2UL).Firms["f1"].Sales.Cells[0].CategoryDemand);
        var quiet = new TestMarket();
        Assert.Equal(quiet.Resolve(seed: 1UL).Firms["f1"].Sales.Cells[0].CategoryDemand, quiet.Resolve(seed: 2UL).Firms["f1"].Sales.Cells[0].CategoryDemand);
    }

    [Fact]
    public void Each_rep_draws_from_its_own_stream()
    {
        // Adding a firm must not change another firm's random draws (one stream per game, turn, firm and purpose).
        var first = SeededRandom.For(5UL, 3, "f1", "quit", "r2").NextUniform();
        Assert.Equal(first, SeededRandom.For(5UL, 3, "f1", "quit", "r2").NextUniform());
        Assert.NotEqual(first, SeededRandom.For(5UL, 3, "f2", "quit", "r2").NextUniform());
        Assert.NotEqual(first, SeededRandom.For(5UL, 3, "f1", "quit", "r3").NextUniform());
        Assert.NotEqual(first, SeededRandom.For(5UL, 4, "f1", "quit", "r2").NextUniform());
    }

    [Fact]
    public void First_draws_of_neighbouring_streams_are_uniform_and_independent()
    {
        // 10 000 reps r1…r10000 of one firm: P(u < 0.15) must be 0.15 ± 4.5 standard errors (σ = 0.0036).
        var draws = Enumerable.Range(1, 10000).Select(index => SeededRandom.For(7UL, 3, "f2", "quit", $"r{index}").NextUniform()).ToList();
        Assert.InRange(draws.Count(draw => draw < 0.15) / 10000.0, 0.134, 0.166);
        Assert.InRange(draws.Average(), 0.49, 0.51);
        // Neighbouring reps are uncorrelated: lag-1 correlation within ±0.04.
        var mean = draws.Average();
        var covariance = draws.Zip(draws.Skip(1), (a, b) => (a - mean) * (b - mean)).Average();
        var variance = draws.Average(draw => (draw - mean) * (draw - mean));
        Assert.InRange(covariance / variance, -0.04, 0.04);
    }

    [Fact]
    public void Adstocks_decay_geometrically_without_spend_and_converge_to_the_spend()
    {
        var market = new TestMarket(firmCount: 2);
        market.Change("f1", decisions => decisions with { Promotion = decisions.Promotion with { Media = TestMarket.Map(decisions.Promotion.Media, _ => 0m) } });
        market.Change("f2", decisions => decisions with { Promotion = decisions.Promotion with { Media = TestMarket.Map(decisions.Promotion.Media, spend => spend * 2m) } });
        var outcomes = market.Play(8);
        for (var turn = 0; turn < outcomes.Count; turn++)
        {
            // G_t = 0.4^t for a firm that stops spending (λ_media = 0.4, G_0 = 1).
            Assert.Equal(Math.Pow(0.4, turn + 1), outcomes[turn].Firms["f1"].NextState.Communication[ScenarioFactory.Consumers].Media, 12);
        }
        // Twice the reference spend: G → 2, the gap shrinking by λ each quarter (1 − 0.4^8 of the way).
        Assert.Equal(2 - Math.Pow(0.4, 8), outcomes[^1].Firms["f2"].NextState.Communication[ScenarioFactory.Consumers].Media, 12);
    }
}
