using NrcGame.Market.Accounting;

namespace NrcGame.Market;

/// <summary>
/// Steps 13, 15 and 16 of market-model.md §8.2 for one firm: statements from the ledger, the tableau de bord
/// (§7.5, conventions of §7.1b), the sales-team report, the risk panel and the state carried into the next quarter.
/// </summary>
internal static class ResultBuilder
{
    public static FirmOutcome Build(FirmWork firm, MarketLayout layout, double[] categoryDemand, MarketTotals totals, ulong seed)
    {
        var scenario = layout.Scenario;
        var books = firm.Books ?? throw new InvalidOperationException("The books must be closed before the results are built.");
        var statements = FinancialStatements.From(books.Ledger);
        var sales = Sales(firm, layout, books, categoryDemand, totals);
        var (reports, reps, quits) = TeamUpdate.Apply(firm, layout, seed);
        var team = Team(firm, layout, reports, quits, books);
        var risk = Risk(firm, layout, books, sales);
        var dashboard = Dashboard(firm, layout, books, statements, sales, team, risk);
        var next = NextState(firm, layout, books, sales, reps, quits);
        var working = reports.Where(report => report.Departure != DepartureReason.Dismissed).ToList();
        var result = new FirmTurnResult
        {
            FirmId = firm.Id,
            Turn = layout.Turn,
            Sales = sales,
            Statements = statements,
            Dashboard = dashboard,
            SalesTeam = team,
            Risk = risk,
            NextState = next,
        };
        return new FirmOutcome(result,
            working.Count > 0 ? working.Average(report => report.Motivation) : 0,
            working.Count > 0 ? working.Average(report => report.Satisfaction) : 0);
    }

    private static SalesReport Sales(FirmWork firm, MarketLayout layout, FirmBooks books, double[] categoryDemand, MarketTotals totals)
    {
        var scenario = layout.Scenario;
        var classes = layout.ClassCount;
        var cells = new List<SalesCell>(layout.Cells.Count);
        double totalDemand = 0;
        foreach (var cell in layout.Cells)
        {
            double demand = 0, spill = 0, served = 0, share = 0, mass = 0;
            long units = 0;
            for (var g = 0; g < classes; g++)
            {
                var index = cell.Index * classes + g;
                demand += firm.Demand[index];
                spill += firm.SpillReceived[index];
                served += firm.ServedOwn[index];
                units += firm.Units[index];
                share += cell.CreditMix[g] * firm.Share[index];
                mass += cell.CreditMix[g];
            }
            var marketUnits = totals.CellUnits[cell.Index];
            var marketRevenue = totals.CellRevenue[cell.Index];
            totalDemand += demand;
            cells.Add(new SalesCell
            {
                Segment = layout.Segment(cell).Id,
                Territory = layout.Territory(cell).Id,
                Channel = layout.Channel(cell).Id,
                CategoryDemand = categoryDemand[cell.Index],
                Demand = demand,
                SpillOverReceived = spill,
                UnitsSold = units,
                LostUnits = Math.Max(0, demand - served),
                GrossHt = books.Gross[cell.Index],
                DiscountHt = books.Discount[cell.Index],
                RebateHt = books.Rebate[cell.Index],
                RevenueHt = books.Revenue[cell.Index],
                EarlyPaymentDiscount = books.EarlyPayment[cell.Index],
                VolumeShare = marketUnits > 0 ? (double)units / marketUnits : 0,
                ValueShare = marketRevenue > 0 ? (double)(books.Revenue[cell.Index] / marketRevenue) : 0,
                Attraction = Breakdown(firm, cell, mass > 0 ? share / mass : 0),
            });
        }
        var segments = new List<SegmentSales>(scenario.Segments.Count);
        for (var s = 0; s < scenario.Segments.Count; s++)
        {
            var segment = scenario.Segments[s];
            double demand = 0;
            long units = 0;
            decimal revenue = 0;
            foreach (var cell in cells)
            {
                if (cell.Segment != segment.Id) continue;
                demand += cell.Demand;
                units += cell.UnitsSold;
                revenue += cell.RevenueHt;
            }
            var marketUnits = totals.SegmentUnits[s];
            var marketRevenue = totals.SegmentRevenue[s];
            var voice = MarketTotals.Voice(firm.Decisions, segment.Id);
            var totalVoice = totals.SegmentVoice[s];
            var objective = firm.Decisions.Objectives.TryGetValue(segment.Id, out var target) ? target : 0m;
            segments.Add(new SegmentSales
            {
                Segment = segment.Id,
                Demand = demand,
                UnitsSold = units,
                RevenueHt = revenue,
                VolumeShare = marketUnits > 0 ? (double)units / marketUnits : 0,
                ValueShare = marketRevenue > 0 ? (double)(revenue / marketRevenue) : 0,
                ShareOfVoice = totalVoice > 0 ? (double)(voice / totalVoice) : 0,
                Objective = objective,
                ObjectiveGap = revenue - objective,
            });
        }
        long totalUnits = 0;
        decimal totalRevenue = 0;
        double totalServed = 0;
        foreach (var cell in cells)
        {
            totalUnits += cell.UnitsSold;
            totalRevenue += cell.RevenueHt;
            totalServed += cell.Demand - cell.LostUnits;
        }
        var allUnits = totals.Units;
        var allRevenue = totals.Revenue;
        return new SalesReport
        {
            Cells = cells,
            Segments = segments,
            UnitsSold = totalUnits,
            RevenueHt = totalRevenue,
            VolumeShare = allUnits > 0 ? (double)totalUnits / allUnits : 0,
            ValueShare = allRevenue > 0 ? (double)(totalRevenue / allRevenue) : 0,
            ServiceLevel = totalDemand > 0 ? Math.Min(1, totalServed / totalDemand) : 1,
        };
    }

    private static AttractionBreakdown Breakdown(FirmWork firm, MarketCell cell, double share)
    {
        var terms = firm.CellTerms[cell.Index];
        return new AttractionBreakdown
        {
            BuyerPrice = terms.BuyerPrice,
            PriceIndex = terms.PriceIndex,
            PriceTerm = terms.PriceTerm,
            PromotionTerm = firm.PromotionTerm[cell.Segment],
            ValueTerm = terms.Value,
            CommunicationStock = firm.CommunicationIndex[cell.Segment],
            AdvertisingIndex = firm.AdvertisingIndex[cell.Segment],
            Coverage = terms.Coverage,
            SalesforceStock = terms.Stock,
            SalesforceIndex = terms.SalesforceIndex,
            Distribution = terms.Distribution,
            DistributionTerm = terms.DistributionTerm,
            TradeIndex = terms.TradeIndex,
            Attraction = terms.Attraction,
            Share = share,
        };
    }

    private static SalesTeamReport Team(FirmWork firm, MarketLayout layout, List<RepReport> reports, int quits, FirmBooks books)
    {
        var coverage = new List<CoverageCell>(layout.VisitCells.Count);
        double required = 0, effective = 0;
        for (var v = 0; v < layout.VisitCells.Count; v++)
        {
            var cell = layout.VisitCells[v];
            coverage.Add(new CoverageCell(layout.Scenario.Territories[cell.Territory].Id, layout.Scenario.Channels[cell.Channel].Id,
                cell.RequiredVisits, firm.Effective[v], firm.Coverage[v], firm.SalesforceStock[v]));
            required += cell.RequiredVisits;
            effective += firm.Effective[v];
        }
        return new SalesTeamReport
        {
            Reps = reports,
            Headcount = firm.Reps.Count,
            Departures = quits + firm.Dismissed.Count,
            Vacancies = firm.PendingHires.Count,
            TalleyHeadcount = Talley.Headcount(layout.Scenario),
            Coverage = coverage,
            OverallCoverage = required > 0 ? effective / required : 0,
            StaffingCosts = firm.Severance + firm.AgentIndemnities + firm.RecruitingCost,
        };
    }

    private static RiskPanel Risk(FirmWork firm, MarketLayout layout, FirmBooks books, SalesReport sales)
    {
        var scenario = layout.Scenario;
        var exposures = new List<CreditExposure>(scenario.CreditClasses.Count);
        foreach (var credit in scenario.CreditClasses)
        {
            decimal outstanding = 0, expected = 0;
            foreach (var vintage in books.Receivables)
            {
                if (vintage.CreditClass != credit.Id) continue;
                outstanding += vintage.Outstanding;
                expected += Bookkeeping.ExpectedLoss(vintage, scenario);
            }
            exposures.Add(new CreditExposure(credit.Id, outstanding,
                CreditModel.DefaultProbability(credit.DefaultProbability, firm.Decisions.Pricing.PaymentTermsDays, scenario.Finance.DefaultTermsSensitivity),
                expected, books.WrittenOffByClass.GetValueOrDefault(credit.Id)));
        }
        var byChannel = new decimal[scenario.Channels.Count];
        foreach (var cell in layout.Cells) byChannel[cell.Channel] += books.Revenue[cell.Index];
        var largest = 0;
        for (var c = 1; c < byChannel.Length; c++)
        {
            if (byChannel[c] > byChannel[largest]) largest = c;
        }
        var overdraft = -books.Closing.Of(AccountNumbers.BankOverdraft);
        return new RiskPanel
        {
            Exposures = exposures,
            ExpectedLoss = books.Provision,
            WrittenOff = books.WrittenOff,
            InsuranceRecovery = books.InsuranceRecovery,
            BadDebtRate = books.OpeningReceivables > 0 ? (double)(books.WrittenOff / books.OpeningReceivables) : 0,
            Overdraft = overdraft,
            CessationDePaiements = overdraft > scenario.Finance.OverdraftLimit,
            LargestChannel = byChannel.Length > 0 ? scenario.Channels[largest].Id : "",
            LargestChannelShare = sales.RevenueHt > 0 && byChannel.Length > 0 ? (double)(byChannel[largest] / sales.RevenueHt) : 0,
        };
    }

    private static Dashboard Dashboard(FirmWork firm, MarketLayout layout, FirmBooks books, FinancialStatements statements, SalesReport sales, SalesTeamReport team, RiskPanel risk)
    {
        var scenario = layout.Scenario;
        var revenue = sales.RevenueHt;
        var cogs = books.CostOfGoodsSold;
        var margin = revenue - cogs;
        var earlyPayment = books.EarlyPayment.Sum();
        var vatRate = revenue > 0 ? books.InvoicedTtc / Math.Max(0.01m, revenue - earlyPayment) - 1 : 0m;
        var variable = books.VariableCosts + earlyPayment;
        var contribution = revenue - cogs - variable;
        var preTax = statements.Income.NetResult + statements.Income.IncomeTax;
        var fixedCosts = contribution - preTax;
        var breakEven = contribution > 0 && revenue > 0 ? Bookkeeping.Cents(4 * fixedCosts / (contribution / revenue)) : 0m;
        var distribution = scenario.Channels.Select(channel =>
        {
            var c = layout.ChannelIndex[channel.Id];
            double dv = 0, weight = 0;
            foreach (var cell in layout.Cells)
            {
                if (cell.Channel != c) continue;
                dv += firm.Distribution[cell.Territory, c] * (double)cell.ReferenceLastRevenue;
                weight += (double)cell.ReferenceLastRevenue;
            }
            var value = weight > 0 ? dv / weight : 0;
            return new DistributionCell(channel.Id, Math.Pow(value, channel.OutletConcentration), value);
        }).ToList();
        // Cells reps visit: category demand there, and the part of it the firm won.
        double visitedShare = 0, visitedDemand = 0, required = 0, effective = 0;
        foreach (var cell in sales.Cells)
        {
            if (layout.VisitCellOf[layout.TerritoryIndex[cell.Territory], layout.ChannelIndex[cell.Channel]] < 0) continue;
            visitedShare += cell.VolumeShare * cell.CategoryDemand;
            visitedDemand += cell.CategoryDemand;
        }
        foreach (var cell in team.Coverage)
        {
            required += cell.RequiredVisits;
            effective += cell.EffectiveVisits;
        }
        var sov = sales.Segments.Count > 0 ? sales.Segments.Average(segment => segment.ShareOfVoice) : 0;
        var closing = books.Closing;
        var headcountAtStart = firm.State.Reps.Count;
        return new Dashboard
        {
            MarkupRate = cogs > 0 ? (double)(margin / cogs) : 0,
            MarginRate = revenue > 0 ? (double)(margin / revenue) : 0,
            MultiplierTtc = cogs > 0 ? (double)(revenue * (1 + vatRate) / cogs) : 0,
            MultiplierHt = cogs > 0 ? (double)(revenue / cogs) : 0,
            ContributionMargin = contribution,
            FixedCosts = fixedCosts,
            BreakEvenRevenue = breakEven,
            BreakEvenDays = revenue > 0 && breakEven > 0 ? (double)(breakEven / (4 * revenue)) * 360 : 0,
            SafetyMargin = 4 * revenue - breakEven,
            RevenuePerRep = firm.Reps.Count > 0 ? Bookkeeping.Cents(revenue / firm.Reps.Count) : 0,
            SalesforceCostRatio = revenue > 0 ? (double)(books.SalesforceCost / revenue) : 0,
            ConversionRate = effective > 0 && visitedDemand > 0 ? Math.Min(1, visitedShare / visitedDemand * required / effective) : 0,
            Coverage = required > 0 ? effective / required : 0,
            Distribution = distribution,
            ShareOfVoice = sov,
            ShareOfMarket = sales.ValueShare,
            SovSomRatio = sales.ValueShare > 0 ? sov / sales.ValueShare : 0,
            DsoDays = books.InvoicedTtc > 0 ? (double)(closing.Of(AccountNumbers.Customers) / books.InvoicedTtc) * 90 : 0,
            DpoDays = books.PurchasesTtc > 0 ? (double)(-closing.Of(AccountNumbers.Suppliers) / books.PurchasesTtc) * 90 : 0,
            StockRotationDays = cogs > 0 ? (double)((books.OpeningInventoryValue + books.ClosingInventoryValue) / 2 / cogs) * 90 : 0,
            WorkingCapitalDays = revenue > 0 ? (double)(statements.WorkingCapital.Need / revenue) * 90 : 0,
            BadDebtRate = risk.BadDebtRate,
            DoubtfulReceivables = books.Provision,
            TalleyHeadcount = team.TalleyHeadcount,
            Turnover = headcountAtStart > 0 ? (double)team.Departures / headcountAtStart : 0,
        };
    }

    private static FirmState NextState(FirmWork firm, MarketLayout layout, FirmBooks books, SalesReport sales, List<RepState> reps, int quits)
    {
        var scenario = layout.Scenario;
        var dip = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var s = 0; s < scenario.Segments.Count; s++)
        {
            var units = scenario.Segments[s].Parameters.PostPromotionDip * firm.PromotionIncrement[s];
            if (units > 0) dip[scenario.Segments[s].Id] = units;
        }
        return firm.State with
        {
            Turn = layout.Turn,
            Reps = reps,
            PendingHires = firm.PendingHires.ToList(),
            NextRepNumber = firm.NextRepNumber,
            Inventory = books.Inventory,
            Communication = scenario.Segments.Select((segment, s) => (segment.Id, Stock: firm.Communication[s]))
                .ToDictionary(pair => pair.Id, pair => pair.Stock, StringComparer.Ordinal),
            SalesforceStock = layout.VisitCells.Select((cell, v) => new CellStock(scenario.Territories[cell.Territory].Id, scenario.Channels[cell.Channel].Id, firm.SalesforceStock[v])).ToList(),
            Distribution = (from channel in scenario.Channels.Select((definition, c) => (definition, c))
                            where channel.definition.NeedsListing
                            from territory in scenario.Territories.Select((definition, t) => (definition, t))
                            select new CellStock(territory.definition.Id, channel.definition.Id, firm.Distribution[territory.t, channel.c])).ToList(),
            LastSales = sales.Cells.Select(cell => new CellSales(cell.Segment, cell.Territory, cell.Channel, cell.UnitsSold, cell.RevenueHt)).ToList(),
            ServiceLevel = sales.ServiceLevel,
            PromotionDip = dip,
            Receivables = books.Receivables.ToList(),
            Accounts = books.Closing.DebitBalances,
            CumulativeNetIncome = firm.State.CumulativeNetIncome + books.NetIncome,
            TaxLossCarryForward = books.TaxLossCarryForward,
            CumulativeDepartures = firm.State.CumulativeDepartures + quits + firm.Dismissed.Count,
        };
    }
}
