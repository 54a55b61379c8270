namespace NrcGame.Debrief.Tests.WhatIf;

public sealed class DecisionFieldEditTests
{
    private static readonly FirmDecisions Reference = new ScriptedGame().Reference();

    [Theory]
    [InlineData("0.05")]
    [InlineData("0,05")]
    public void Sets_a_number_with_a_point_or_a_comma(string value)
    {
        var changed = DecisionFieldEdit.With(Reference, "remuneration.commissionRate", value);

        Assert.Equal(0.05m, changed.Remuneration.CommissionRate);
        Assert.Equal(new DecisionChange("remuneration.commissionRate", Reference.Remuneration.CommissionRate.ToString(System.Globalization.CultureInfo.InvariantCulture), "0.05"),
            Assert.Single(DecisionFields.Changes(Reference, changed)));
    }

    [Fact]
    public void A_number_written_with_more_decimals_is_the_same_decision()
    {
        var written = Reference with { Remuneration = Reference.Remuneration with { ExternalCommissionRate = 0.10m } };
        var sentBack = Reference with { Remuneration = Reference.Remuneration with { ExternalCommissionRate = 0.1m } };

        Assert.Empty(DecisionFields.Changes(written, sentBack));
        Assert.Equal("0.1", DecisionFields.Of(written).Single(field => field.Path == "remuneration.externalCommissionRate").Text);
    }

    [Fact]
    public void Sets_dictionary_entries_enums_booleans_and_list_items()
    {
        var changed = DecisionFieldEdit.With(Reference, "pricing.listPrice.B2C_GP", "18.5");
        changed = DecisionFieldEdit.With(changed, "objectives.B2B_PRO", "90000");
        changed = DecisionFieldEdit.With(changed, "remuneration.managementStyle", "Delegative");
        changed = DecisionFieldEdit.With(changed, "pricing.creditInsurance", "oui");
        changed = DecisionFieldEdit.With(changed, "allocation.default[0].share", "0.2");

        Assert.Equal(18.5m, changed.Pricing.ListPrice[ScenarioFactory.Consumers]);
        Assert.Equal(90_000m, changed.Objectives[ScenarioFactory.Professionals]);
        Assert.Equal(ManagementStyle.Delegative, changed.Remuneration.ManagementStyle);
        Assert.True(changed.Pricing.CreditInsurance);
        Assert.Equal(0.2, changed.Allocation.Default[0].Share);
        Assert.Equal(5, DecisionFields.Changes(Reference, changed).Count);
    }

    [Theory]
    [InlineData("remuneration.nothing", "1")]
    [InlineData("nothing", "1")]
    [InlineData("allocation.default[999].share", "0.2")]
    [InlineData("remuneration.commissionRate", "beaucoup")]
    [InlineData("remuneration.managementStyle", "Laxiste")]
    [InlineData("pricing.listPrice.B2C_GP", "")]
    public void Refuses_unknown_fields_and_unfit_values_in_french(string path, string value)
    {
        var error = Assert.Throws<ArgumentException>(() => DecisionFieldEdit.With(Reference, path, value));
        Assert.Contains(path, error.Message);
        // The sentence a student reads, without .NET's « (Parameter 'value') » after it.
        Assert.EndsWith(".", error.Message);
    }
}
