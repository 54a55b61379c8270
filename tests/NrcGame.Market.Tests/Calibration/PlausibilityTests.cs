using System.Text.Json;
using NrcGame.Market.Tests.Support;

namespace NrcGame.Market.Tests.Calibration;

/// <summary>
/// Plausibility by hand, as a teacher would read the figures: the standard market (4 firms, the reference point of
/// market-model.md §8.3) played for 12 quarters by four scripted strategies — a discounter, a premium brand, a
/// salesforce-heavy firm and a passive firm — must keep every firm and quarter in the bands of a French SME selling
/// through distributors. Bands that follow from the scenario's own prices, costs and terms are computed here;
/// the others are stated with their source. Noise is off (§8.2 step 8), so the game is reproducible.
/// </summary>
public class PlausibilityTests
{
    private const string Consumers = ScenarioFactory.Consumers, Professionals = ScenarioFactory.Professionals;
    private const string Discounter = "discounter", Premium = "premium", Salesforce = "salesforce", Passive = "passive";
    private const int Turns = 12;

    private static readonly Lazy<Game> Played = new(() => Game.Play(ScenarioFactory.Standard(turnCount: Turns)));

    /// <summary>The decisions of one strategy for a quarter, from the reference decisions and what the firm saw last quarter.</summary>
    private static FirmDecisions Script(string firm, int turn, FirmDecisions reference, FirmState state, MarketScenario scenario, FirmTurnResult? last)
    {
        static Dictionary<string, decimal> Times(IReadOnlyDictionary<string, decimal> values, decimal factor) =>
            values.ToDictionary(pair => pair.Key, pair => Math.Round(pair.Value * factor, 2), StringComparer.Ordinal);
        if (firm == Passive) return reference; // turn 1's decisions forever: same prices, same purchases, leavers not replaced

        var decisions = firm switch
        {
            // −15 % on every list price, half the media, no sponsorship.
            Discounter => reference with
            {
                Pricing = reference.Pricing with { ListPrice = Times(reference.Pricing.ListPrice, 0.85m) },
                Promotion = reference.Promotion with { Media = Times(reference.Promotion.Media, 0.5m), Sponsorship = Times(reference.Promotion.Sponsorship, 0m) },
            },
            // +15 % on every list price, 1.5 × media, 2 × sponsorship, and quotas cut to the volume of a ≈ 20 % share
            // (a quota left at the 25 % reference would leave the reps at ≈ 80 % of it, underpaid, and quitting).
            Premium => reference with
            {
                Pricing = reference.Pricing with { ListPrice = Times(reference.Pricing.ListPrice, 1.15m) },
                Promotion = reference.Promotion with { Media = Times(reference.Promotion.Media, 1.5m), Sponsorship = Times(reference.Promotion.Sponsorship, 2m) },
                Remuneration = reference.Remuneration with { Quota = Math.Round(reference.Remuneration.Quota * 0.8m / 100m) * 100m },
            },
            // 10 field reps instead of 6, 2 training days, a stimulation budget and a fixed salary 10 % above the market.
            _ => reference with
            {
                Staffing = new StaffingDecisions { TrainingDaysPerRep = 2 },
                Remuneration = reference.Remuneration with { StimulationBudget = 6000m, FixedSalary = Math.Round(reference.Remuneration.FixedSalary * 1.1m, 2) },
            },
        };
        // Active firms keep their team at strength (leavers replaced; hires arrive after the lead time)...
        var team = firm == Salesforce ? 10 : 6;
        var coming = state.Reps.Count + state.PendingHires.Count;
        decisions = decisions with { Staffing = decisions.Staffing with { Hires = coming < team ? [new HireOrder(RepStatus.FieldRep, team - coming)] : [] } };
        // ...and order next quarter's expected sales (last units × seasonal ratio) + 10 %, less the stock on hand.
        var purchases = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var segment in scenario.Segments)
        {
            if (last is null)
            {
                purchases[segment.Id] = (long)Math.Round(reference.Purchases[segment.Id] * 1.1);
                continue;
            }
            var sold = last.Sales.Segments.Single(sales => sales.Segment == segment.Id).UnitsSold;
            var expected = sold * segment.Seasonality[(turn - 1) % 4] / segment.Seasonality[(turn + 2) % 4];
            purchases[segment.Id] = Math.Max(0, (long)Math.Round(expected * 1.1) - state.Inventory[segment.Id].Units);
        }
        return decisions with { Purchases = purchases };
    }

    private sealed record Game(MarketScenario Scenario, List<string> Ids, List<TurnOutcome> Outcomes, List<Dictionary<string, FirmDecisions>> Decided,
        List<Dictionary<string, FirmState>> Openings)
    {
        public static Game Play(MarketScenario scenario)
        {
            var ids = new List<string> { Discounter, Premium, Salesforce, Passive };
            var starts = ScenarioStart.InitialStates(scenario, ids);
            var states = starts.ToDictionary(pair => pair.Key, pair => pair.Value.State);
            var outcomes = new List<TurnOutcome>();
            var decided = new List<Dictionary<string, FirmDecisions>>();
            var openings = new List<Dictionary<string, FirmState>>();
            for (var turn = 1; turn <= Turns; turn++)
            {
                openings.Add(new Dictionary<string, FirmState>(states));
                var last = outcomes.LastOrDefault();
                var decisions = ids.ToDictionary(id => id, id => Script(id, turn, starts[id].Decisions, states[id], scenario, last?.Firms[id]));
                foreach (var id in ids) Assert.Empty(DecisionRules.Validate(scenario, decisions[id], states[id]));
                var outcome = TurnResolver.Resolve(new TurnInput(scenario, turn, 2026UL, ids.ToDictionary(id => id, id => new FirmTurnInput(states[id], decisions[id]))));
                foreach (var id in ids) states[id] = outcome.Firms[id].NextState;
                outcomes.Add(outcome);
                decided.Add(decisions);
            }
            return new Game(scenario, ids, outcomes, decided, openings);
        }

        public IEnumerable<(int Turn, string Firm, FirmTurnResult Result, FirmDecisions Decisions)> Quarters() =>
            from turn in Enumerable.Range(0, Outcomes.Count)
            from id in Ids
            select (turn + 1, id, Outcomes[turn].Firms[id], Decided[turn][id]);
    }

    [Fact]
    public void Nothing_is_NaN_infinite_or_negative()
    {
        var game = Played.Value;
        // System.Text.Json refuses NaN and ±∞ by default: serialising every outcome proves there are none.
        foreach (var outcome in game.Outcomes) JsonSerializer.Serialize(outcome, Json.Web);
        foreach (var (turn, firm, result, decisions) in game.Quarters())
        {
            foreach (var cell in result.Sales.Cells)
            {
                Assert.True(cell.UnitsSold >= 0 && cell.RevenueHt >= 0 && cell.GrossHt >= 0 && cell.Demand >= 0 && cell.LostUnits >= 0, $"T{turn} {firm} {cell.Segment}/{cell.Territory}/{cell.Channel}");
                Assert.True(cell.RevenueHt <= cell.GrossHt, $"T{turn} {firm}: remises never raise the price");
            }
            Assert.All(result.NextState.Inventory.Values, stock => Assert.True(stock.Units >= 0 && stock.UnitCost > 0, $"T{turn} {firm}: stock {stock.Units} at {stock.UnitCost}"));
            // Stock physics: sold = opening + bought − closing, and a firm sells min(available, demand) up to the rounding
            // down of whole units in each sub-cell (cell × credit class).
            foreach (var segment in game.Scenario.Segments)
            {
                var available = game.Openings[turn - 1][firm].Inventory[segment.Id].Units + decisions.Purchases[segment.Id];
                var cells = result.Sales.Cells.Where(cell => cell.Segment == segment.Id).ToList();
                var sold = cells.Sum(cell => cell.UnitsSold);
                Assert.Equal(available - sold, result.NextState.Inventory[segment.Id].Units);
                var demand = cells.Sum(cell => cell.Demand + cell.SpillOverReceived);
                Assert.True(sold >= Math.Min(available, demand) - cells.Count * game.Scenario.CreditClasses.Count, $"T{turn} {firm} {segment.Id}: sold {sold} of {available}, demand {demand:F0}");
            }
            var balance = result.Statements.Balance;
            Assert.True(balance.Cash >= 0 && balance.BankOverdraft >= 0 && (balance.Cash == 0 || balance.BankOverdraft == 0), $"T{turn} {firm}: 512 and 519 never both used");
            Assert.True(result.Statements.Income.SalesOfGoods > 0, $"T{turn} {firm}: every strategy sells something");
        }
    }

    [Fact]
    public void Market_shares_lie_in_0_1_and_add_up_to_1()
    {
        var game = Played.Value;
        foreach (var outcome in game.Outcomes)
        {
            var firms = outcome.Firms.Values.ToList();
            Assert.All(firms, result => Assert.InRange(result.Sales.ValueShare, 0, 1));
            Assert.All(firms, result => Assert.InRange(result.Sales.VolumeShare, 0, 1));
            Assert.Equal(1.0, firms.Sum(result => result.Sales.ValueShare), 9);
            Assert.Equal(1.0, firms.Sum(result => result.Sales.VolumeShare), 9);
            foreach (var segment in new[] { Consumers, Professionals })
                Assert.Equal(1.0, firms.Sum(result => result.Sales.Segments.Single(sales => sales.Segment == segment).ValueShare), 9);
        }
        // The strategies rank as they should on value share over the game: cheap and pushy firms gain, the premium loses.
        double Mean(string firm) => game.Outcomes.Average(outcome => outcome.Firms[firm].Sales.ValueShare);
        Assert.True(Mean(Premium) < Mean(Passive) && Mean(Passive) < Mean(Discounter), $"premium {Mean(Premium):P1}, passive {Mean(Passive):P1}, discounter {Mean(Discounter):P1}");
        Assert.True(Mean(Passive) < Mean(Salesforce), $"passive {Mean(Passive):P1}, salesforce {Mean(Salesforce):P1}");
    }

    [Fact]
    public void Taux_de_marque_and_taux_de_marge_agree_with_each_other_and_with_prices_and_costs()
    {
        var game = Played.Value;
        foreach (var (turn, firm, result, decisions) in game.Quarters())
        {
            var dashboard = result.Dashboard;
            var income = result.Statements.Income;
            // Both rates are read off the compte de résultat: marge commerciale / CA HT and / coût d'achat des marchandises vendues.
            Assert.Equal((double)(income.CommercialMargin / income.SalesOfGoods), dashboard.MarginRate, 12);
            Assert.Equal((double)(income.CommercialMargin / income.CostOfGoodsSold), dashboard.MarkupRate, 12);
            // §7.1 conversions: t_marge = t_marque / (1 − t_marque); coef. HT/HT = 1 / (1 − t_marque); coef. TTC/HT = (1 + TVA) × coef. HT/HT.
            Assert.Equal(dashboard.MarginRate / (1 - dashboard.MarginRate), dashboard.MarkupRate, 9);
            Assert.Equal(1 / (1 - dashboard.MarginRate), dashboard.MultiplierHt, 9);
            Assert.Equal(1.20 * dashboard.MultiplierHt, dashboard.MultiplierTtc, 9);
            // Computed band: every unit is bought at the segment's constant purchase cost c (so the CMUP is c) and sold
            // at list × (1 − remise of its channel) × (1 − ristourne). The firm's taux de marque is a revenue-weighted
            // mean of the cells' 1 − c / net price, so it lies between the lowest and the highest of them.
            var cellRates = (from segment in game.Scenario.Segments
                             from channel in game.Scenario.Channels
                             where segment.ChannelWeights.GetValueOrDefault(channel.Id) > 0
                             let net = decisions.Pricing.ListPrice[segment.Id] * (1 - decisions.Pricing.Discount.GetValueOrDefault(channel.Id)) * (1 - decisions.Pricing.Rebate)
                             select (double)(1 - segment.UnitPurchaseCost / net)).ToList();
            Assert.InRange(dashboard.MarginRate, cellRates.Min() - 1e-3, cellRates.Max() + 1e-3);
        }
        // At reference prices the taux de marque is ≈ 40 % (B2C 1 − 11/18.55, B2B 1 − 150/250), the discounter's ≈ 30 %, the premium's ≈ 48 %.
        Assert.InRange(game.Outcomes[0].Firms[Passive].Dashboard.MarginRate, 0.39, 0.42);
        Assert.InRange(game.Outcomes[0].Firms[Discounter].Dashboard.MarginRate, 0.28, 0.32);
        Assert.InRange(game.Outcomes[0].Firms[Premium].Dashboard.MarginRate, 0.46, 0.50);
    }

    [Fact]
    public void Net_margin_stays_in_the_band_of_a_French_distributor()
    {
        var game = Played.Value;
        foreach (var (turn, firm, result, decisions) in game.Quarters())
        {
            var income = result.Statements.Income;
            var netMargin = (double)(income.NetResult / income.SalesOfGoods);
            // Computed ceiling: the net result cannot exceed the marge commerciale less the charges the firm committed
            // to whatever it sold (overheads, depreciation, communication, displays and stimulation, fixed salaries
            // with social charges); the IS only lowers it further.
            var committed = result.NextState.OverheadsPerQuarter + result.NextState.DepreciationPerQuarter
                + decisions.Promotion.Media.Values.Sum() + decisions.Promotion.DirectMarketing.Values.Sum() + decisions.Promotion.Sponsorship.Values.Sum()
                + decisions.Promotion.Trade.Values.Sum(trade => trade.DisplaySpend) + decisions.Remuneration.StimulationBudget;
            Assert.True(income.NetResult <= income.CommercialMargin - committed, $"T{turn} {firm}: net {income.NetResult:N0} > margin {income.CommercialMargin:N0} − committed {committed:N0}");
            // Plausibility band per quarter (seasonality 0.8–1.3 swings a quarter's result): between −30 % and +20 % of CA HT.
            Assert.InRange(netMargin, -0.30, 0.20);
            // EBE never exceeds the taux de marque: personnel and external charges are positive.
            Assert.True(income.GrossOperatingProfit < income.CommercialMargin, $"T{turn} {firm}");
        }
        foreach (var firm in game.Ids)
        {
            // Over three years: between −10 % and +12 % of CA HT. French wholesale SMEs earn a few per cent of CA net;
            // the game's reference firm, which buys at 60 % of its net price (taux de marque 40 %), earns more (≈ 7 %).
            var net = game.Outcomes.Sum(outcome => outcome.Firms[firm].Statements.Income.NetResult);
            var sales = game.Outcomes.Sum(outcome => outcome.Firms[firm].Statements.Income.SalesOfGoods);
            Assert.InRange((double)(net / sales), -0.10, 0.12);
        }
    }

    [Fact]
    public void Cash_BFR_and_payment_delays_are_not_absurd()
    {
        var game = Played.Value;
        var finance = game.Scenario.Finance;
        // Computed DSO band: a class pays after the terms plus its delay (A 5 … D 35 days) and no escompte is offered,
        // so receivables are between terms/90 and (terms + 35)/90 of the quarter's invoices TTC.
        var terms = finance.ReferencePaymentTermsDays;
        var longestDelay = game.Scenario.CreditClasses.Max(credit => credit.PaymentDelayDays);
        foreach (var (turn, firm, result, _) in game.Quarters())
        {
            var dashboard = result.Dashboard;
            var balance = result.Statements.Balance;
            Assert.InRange(dashboard.DsoDays, terms, terms + longestDelay);
            // Suppliers are paid at 45 days: the unpaid half of the quarter's purchases TTC, exactly.
            Assert.Equal(finance.SupplierPaymentDays, dashboard.DpoDays, 6);
            // BFR between 0 and 90 days of CA HT (a trading firm typically needs a few weeks to two months): receivables
            // ≤ 65/90 of a quarter TTC plus about a month of stock, less 45 days of purchases TTC and the TVA due.
            Assert.InRange(dashboard.WorkingCapitalDays, 0, 90);
            // No firm of the game is in cessation de paiements; the trésorerie nette never exceeds the initial cash plus
            // everything the firm has earned and not tied up (Σ CAF − ΔBFR, with no investment and no financing).
            Assert.False(result.Risk.CessationDePaiements, $"T{turn} {firm}");
            var netCash = balance.Cash - balance.BankOverdraft;
            Assert.True(netCash >= -finance.OverdraftLimit, $"T{turn} {firm}: {netCash:N0}");
            Assert.True(balance.Equity > 0, $"T{turn} {firm}: equity {balance.Equity:N0}");
        }
        foreach (var firm in game.Ids)
        {
            // Over the game: trésorerie nette = opening + Σ CAF − (BFR at the end − BFR at the start). With no investment
            // and no financing this is the whole story, so the cash piled up (≈ 0.9 to 1.3 M€ after three years of
            // profits, no dividends) is what the firm earned and did not tie up in receivables and stock.
            var first = game.Outcomes[0].Firms[firm].Statements;
            var last = game.Outcomes[^1].Firms[firm].Statements;
            var openingNeed = first.WorkingCapital.Need - first.CashFlow.Indirect.WorkingCapitalNeedChange;
            var selfFinancing = game.Outcomes.Sum(outcome => outcome.Firms[firm].Statements.SelfFinancing.Additive);
            Assert.Equal(first.CashFlow.OpeningNetCash + selfFinancing - (last.WorkingCapital.Need - openingNeed), last.CashFlow.ClosingNetCash);
        }
    }

    [Fact]
    public void Rep_turnover_is_between_5_and_60_percent_a_year()
    {
        var game = Played.Value;
        foreach (var firm in game.Ids)
        {
            for (var year = 0; year < Turns / 4; year++)
            {
                // Taux de rotation (turnover) = departures of the year / mean headcount. Quits are drawn, so per firm the
                // expected departures are used: Σ over the year's quarters and reps of the quit hazard q_j the engine
                // drew with. The hazard is bounded to 2–25 % a quarter (§4.5), i.e. 8–100 % a year; field sales
                // benchmarks are 20–34 % a year, and a French SME above 60 % would be in crisis.
                var quarters = game.Outcomes.Skip(4 * year).Take(4).Select(outcome => outcome.Firms[firm].SalesTeam).ToList();
                var expected = quarters.Sum(team => team.Reps.Where(rep => rep.Departure != DepartureReason.Dismissed).Sum(rep => rep.QuitProbability));
                var headcount = quarters.Average(team => team.Headcount);
                Assert.True(expected / headcount is >= 0.05 and <= 0.60, $"{firm}, year {year + 1}: expected turnover {expected / headcount:P1}");
            }
        }
        // Realised turnover of the whole market (drawn quits, pooled over the four firms), per year.
        var departures = game.Outcomes.Sum(outcome => outcome.Firms.Values.Sum(result => result.SalesTeam.Departures));
        var meanHeadcount = game.Outcomes.Average(outcome => outcome.Firms.Values.Sum(result => result.SalesTeam.Headcount));
        Assert.InRange(departures / meanHeadcount / (Turns / 4.0), 0.05, 0.60);
    }

    [Fact]
    public void Net_margin_at_turn_1_falls_with_the_number_of_firms_because_the_market_is_shared()
    {
        // The standard market has a fixed potential that N firms share (1/N each) while each firm carries the same
        // fixed charges (90 000 € overheads, 6 reps, reference communication and displays). The reference point is
        // N = 4; with 2 firms each sells twice as much against the same fixed charges, with 12 a third as much.
        // The potential also grows with the number of territories while those charges do not: 2 firms on 6 territories
        // earn ≈ 24 % of CA at turn 1, on 12 territories ≈ 27 % (the ≈ 26 % seen in an early 2-firm game).
        // This is calibration, not a bug: size the market (potential) to the number of teams and the charges to the market.
        double NetMargin(int firms, int territories = 3)
        {
            var result = new TestMarket(firmCount: firms, territoryCount: territories).Resolve().Firms["f1"];
            return (double)(result.Statements.Income.NetResult / result.Statements.Income.SalesOfGoods);
        }
        var (two, four, twelve) = (NetMargin(2), NetMargin(4), NetMargin(12));
        Assert.True(two > four && four > twelve, $"2: {two:P1}, 4: {four:P1}, 12: {twelve:P1}");
        Assert.InRange(four, 0.02, 0.12);
        Assert.InRange(two, 0.12, 0.25);
        Assert.True(twelve < 0);
        Assert.InRange(NetMargin(2, territories: 12), 0.25, 0.30);
    }
}
