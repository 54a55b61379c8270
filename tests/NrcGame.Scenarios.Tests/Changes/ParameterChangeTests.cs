using System.Text.Json;
using FsCheck;
using FsCheck.Xunit;
using NrcGame.Market;

namespace NrcGame.Scenarios.Tests;

public sealed class ParameterChangeTests
{
    private static readonly MarketScenario Market = StandardFile.Document.Market;

    private static MarketScenario Applied(params ParameterChange[] changes)
    {
        var result = ParameterChanges.Apply(Market, changes, "marche-standard.json");
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors.Select(error => error.Message)));
        return result.Value!;
    }

    private static ScenarioError Refused(params ParameterChange[] changes)
    {
        var before = JsonSerializer.Serialize(Market, ScenarioJson.Options);
        var result = ParameterChanges.Apply(Market, changes, "marche-standard.json");
        Assert.False(result.IsValid);
        Assert.Null(result.Value);
        Assert.Equal(before, JsonSerializer.Serialize(Market, ScenarioJson.Options));
        return Assert.Single(result.Errors);
    }

    [Fact]
    public void A_valid_change_gives_a_new_market_and_leaves_the_original_alone()
    {
        var changed = Applied(ParameterChange.Set("segments[B2C_GP].parameters.priceExponent", 3.8));

        Assert.Equal(3.8, changed.Segments[0].Parameters.PriceExponent);
        Assert.Equal(3.2, Market.Segments[0].Parameters.PriceExponent);
    }

    [Fact]
    public void Amounts_change_exactly_in_decimal()
    {
        var changed = Applied(ParameterChange.Set("segments[B2B_PRO].referencePrice", 262.5m), ParameterChange.Multiply("segments[B2B_PRO].unitPurchaseCost", 1.06));

        Assert.Equal(262.5m, changed.Segments[1].ReferencePrice);
        Assert.Equal(Market.Segments[1].UnitPurchaseCost * 1.06m, changed.Segments[1].UnitPurchaseCost);
    }

    [Fact]
    public void A_wildcard_multiplies_every_selected_number()
    {
        var changed = Applied(ParameterChange.Multiply("segments[*].potential[*]", 0.9));

        foreach (var (before, after) in Market.Segments.Zip(changed.Segments))
            Assert.All(before.Potential, pair => Assert.Equal(pair.Value * 0.9, after.Potential[pair.Key], 6));
    }

    [Fact]
    public void Map_keys_are_reached_with_a_dot_or_brackets()
    {
        var changed = Applied(ParameterChange.Set("segments[B2C_GP].potential.T1", 60000.0), ParameterChange.Set("territories[T2].accounts[HYPER]", 50.0));

        Assert.Equal(60000, changed.Segments[0].Potential["T1"]);
        Assert.Equal(50, changed.Territories[1].Accounts["HYPER"]);
    }

    [Fact]
    public void Outlook_positions_are_turns_and_missing_turns_count_as_one()
    {
        var changed = Applied(ParameterChange.Set("outlook[3]", 0.9));

        Assert.Equal([1.0, 1.0, 0.9], changed.Outlook);
    }

    [Fact]
    public void Shares_that_must_sum_to_one_can_move_together_in_one_set_of_changes()
    {
        var changed = Applied(
            ParameterChange.Set("segments[B2C_GP].channelWeights.HYPER", 0.55),
            ParameterChange.Set("segments[B2C_GP].channelWeights.ECOM", 0.20));

        Assert.Equal(1.0, changed.Segments[0].ChannelWeights.Values.Sum(), 9);
    }

    [Fact]
    public void An_unknown_path_is_refused_and_lists_the_possible_fields()
    {
        var error = Refused(ParameterChange.Set("segments[B2C_GP].parameters.elasticitePrix", 3.0));

        Assert.Equal("segments[B2C_GP].parameters.elasticitePrix", error.Path);
        Assert.Contains("chemin inconnu", error.Message);
        Assert.Contains("priceExponent", error.Message);
    }

    [Fact]
    public void An_unknown_id_is_refused_and_lists_the_ids()
    {
        var error = Refused(ParameterChange.Set("channels[GROSSISTE].listingHurdle", 0.8));

        Assert.Contains("GROSSISTE", error.Message);
        Assert.Contains("HYPER, PROXI, ECOM, DIRECT", error.Message);
    }

    [Fact]
    public void A_malformed_path_is_refused()
    {
        var error = Refused(ParameterChange.Set("segments[B2C_GP.referencePrice", 20m));

        Assert.Contains("chemin mal formé", error.Message);
    }

    [Fact]
    public void A_value_out_of_range_is_refused_with_the_range()
    {
        var error = Refused(ParameterChange.Set("segments[B2C_GP].parameters.priceExponent", 9.0));

        Assert.Equal("marche-standard.json › segments[B2C_GP].parameters.priceExponent : 9 est hors de la plage autorisée (2 – 4,5).", error.Message);
    }

    [Fact]
    public void A_change_breaking_a_sum_is_refused()
    {
        var error = Refused(ParameterChange.Set("segments[B2C_GP].channelWeights.HYPER", 0.7));

        Assert.Equal("segments[B2C_GP].channelWeights", error.Path);
        Assert.Contains("somme", error.Message);
    }

    [Fact]
    public void A_text_where_a_number_is_expected_is_refused()
    {
        var error = Refused(ParameterChange.Set("finance.supplierPaymentDays", "soixante"));

        Assert.Equal("finance.supplierPaymentDays", error.Path);
        Assert.Contains("n'est pas du bon type, il faut un nombre", error.Message);
    }

    [Fact]
    public void A_fraction_where_a_whole_number_is_expected_is_refused()
    {
        var error = Refused(ParameterChange.Set("turnCount", 7.5));

        Assert.Contains("nombre entier", error.Message);
    }

    [Fact]
    public void An_unknown_enum_value_is_refused_with_the_allowed_values()
    {
        var error = Refused(ParameterChange.Set("channels[HYPER].kind", "Supermarche"));

        Assert.Contains("Hypermarket, Proximity, Wholesaler, ECommerce, Direct", error.Message);
    }

    [Fact]
    public void Multiplying_a_text_is_refused()
    {
        var error = Refused(ParameterChange.Multiply("segments[B2C_GP].name", 2));

        Assert.Contains("ne peut pas être multiplié", error.Message);
    }

    [Fact]
    public void A_change_reads_like_the_teacher_wrote_it() =>
        Assert.Equal("segments[*].potential[*] × 0,92", ParameterChange.Multiply("segments[*].potential[*]", 0.92).ToString());

    [Property]
    public bool A_price_exponent_is_accepted_exactly_within_its_b2c_range(NormalFloat value)
    {
        var exponent = value.Get;
        var result = ParameterChanges.Apply(Market, [ParameterChange.Set("segments[B2C_GP].parameters.priceExponent", exponent)], "f.json");
        var inRange = double.IsFinite(exponent) && exponent is >= 2.0 and <= 4.5;
        return result.IsValid == inRange && (!inRange || result.Value!.Segments[0].Parameters.PriceExponent == exponent);
    }
}
