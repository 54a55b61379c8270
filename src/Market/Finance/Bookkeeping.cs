using NrcGame.Market.Accounting;
using NrcGame.Market.Accounting.Formulas;

namespace NrcGame.Market;

/// <summary>
/// Steps 11–14 of market-model.md §8.2 for one firm: invoicing with the French cascade and TVA, receivables by
/// vintage and credit class (collections by the lag formula, seeded defaults, provision = expected loss), costs
/// (COGS at CMUP, payroll with social charges, external charges with deductible TVA, depreciation, interest, IS),
/// TVA settlement and cash. Every flow is a balanced PCG journal entry in the firm's <see cref="Ledger"/>; all
/// statements derive from it. Money is rounded to the cent once, where each amount is born.
/// </summary>
internal static class Bookkeeping
{
    public static FirmBooks Close(FirmWork firm, MarketLayout layout, ulong seed)
    {
        var ledger = Ledger.Open(new AccountBalances(firm.State.Accounts));
        var books = new FirmBooks(ledger, layout.Cells.Count);
        PayOpeningDebts(ledger, layout.Scenario.Finance);
        BuyGoods(firm, layout, books);
        InvoiceSales(firm, layout, books);
        Collect(firm, layout, books, seed);
        PaySalesforce(firm, layout, books);
        PayExternalCharges(firm, layout, books);
        Depreciate(firm, ledger);
        RecordInventoryChange(books);
        AdjustProvision(layout, books);
        SettleVat(ledger);
        BookCorporateTax(firm, layout, books);
        ledger.ClassifyCashPosition();
        books.Closing = ledger.ClosingBalances(closeFiscalYear: MarketCalendar.QuarterOfYear(layout.Scenario, layout.Turn) == 4);
        return books;
    }

    /// <summary>Pays last quarter's TVA, IS and supplier debts (DPO ≤ 90 days) and the interest on the opening overdraft.</summary>
    private static void PayOpeningDebts(Ledger ledger, FinanceParameters finance)
    {
        var overdraft = -ledger.Balance(AccountNumbers.BankOverdraft);
        Pay(ledger, "Règlements de début de trimestre",
            (AccountNumbers.VatDue, -ledger.Balance(AccountNumbers.VatDue), "TVA du trimestre précédent"),
            (AccountNumbers.IncomeTaxPayable, -ledger.Balance(AccountNumbers.IncomeTaxPayable), "Impôt sur les sociétés"),
            (AccountNumbers.Suppliers, -ledger.Balance(AccountNumbers.Suppliers), "Fournisseurs du trimestre précédent"),
            (AccountNumbers.InterestExpenses, Cents(overdraft * finance.OverdraftAnnualRate / 4m), "Intérêts du découvert"));
    }

    /// <summary>Purchases of goods (607, TVA déductible, 401), the part paid within the quarter, and the CMUP of each stock.</summary>
    private static void BuyGoods(FirmWork firm, MarketLayout layout, FirmBooks books)
    {
        var finance = layout.Scenario.Finance;
        var classes = layout.ClassCount;
        var purchases = new List<JournalLine>(layout.Scenario.Segments.Count + 2);
        decimal deductible = 0;
        for (var s = 0; s < layout.Scenario.Segments.Count; s++)
        {
            var segment = layout.Scenario.Segments[s];
            var opening = firm.State.Inventory.TryGetValue(segment.Id, out var stock) ? stock : new InventoryState(0, segment.UnitPurchaseCost);
            var bought = firm.Decisions.Purchases.TryGetValue(segment.Id, out var units) ? Math.Max(0, units) : 0;
            var value = Cents(bought * segment.UnitPurchaseCost);
            var vat = Cents(value * segment.VatRate);
            purchases.Add(JournalLine.Debiting(AccountNumbers.PurchasesOfGoods, value, segment.Name));
            deductible += vat;
            books.Purchases += value;
            books.PurchasesTtc += value + vat;

            long sold = 0;
            foreach (var cell in layout.Cells)
            {
                if (cell.Segment != s) continue;
                for (var g = 0; g < classes; g++) sold += firm.Units[cell.Index * classes + g];
            }
            var openingValue = Cents(opening.Units * opening.UnitCost);
            var cmup = opening.Units + bought > 0 ? Math.Round((openingValue + value) / (opening.Units + bought), 4) : segment.UnitPurchaseCost;
            var closingUnits = opening.Units + bought - sold;
            var closingValue = closingUnits == 0 ? 0m : Cents(closingUnits * cmup);
            books.OpeningInventoryValue += openingValue;
            books.ClosingInventoryValue += closingValue;
            books.CostOfGoodsSold += openingValue + value - closingValue;
            books.Inventory[segment.Id] = new InventoryState(closingUnits, cmup);
        }
        purchases.Add(JournalLine.Debiting(AccountNumbers.VatDeductible, deductible));
        purchases.Add(JournalLine.Crediting(AccountNumbers.Suppliers, books.PurchasesTtc));
        Post(books.Ledger, "Achats de marchandises du trimestre", [.. purchases]);
        Pay(books.Ledger, "Règlement comptant des achats", (AccountNumbers.Suppliers,
            Cents(books.PurchasesTtc * (decimal)Math.Clamp(1 - finance.SupplierPaymentDays / CreditModel.QuarterDays, 0, 1)), "Achats payés dans le trimestre"));
    }

    /// <summary>
    /// Invoices the quarter per segment × channel and payment behaviour (escompte taken or not) with the cascade
    /// remise → ristourne → escompte → TVA (§7.1), spreads the amounts over territories and credit classes, and
    /// opens this quarter's receivable vintages.
    /// </summary>
    private static void InvoiceSales(FirmWork firm, MarketLayout layout, FirmBooks books)
    {
        var scenario = layout.Scenario;
        var pricing = firm.Decisions.Pricing;
        var classes = layout.ClassCount;
        var ttc = new decimal[classes];
        var vat = new decimal[classes];
        var takes = new bool[classes];
        for (var g = 0; g < classes; g++)
            takes[g] = CreditModel.TakesEarlyPaymentDiscount(pricing.EarlyPaymentDiscount, pricing.EarlyPaymentDays, pricing.PaymentTermsDays, scenario.CreditClasses[g].CostOfFunds);
        decimal salesOfGoods = 0, refunds = 0, cashDiscounts = 0, collected = 0;
        var lines = new List<(int Cell, int Class, long Units)>();
        var discounts = new decimal[scenario.Channels.Count][];
        for (var c = 0; c < discounts.Length; c++)
            discounts[c] = [pricing.Discount.TryGetValue(scenario.Channels[c].Id, out var rate) ? rate : 0m];
        for (var s = 0; s < scenario.Segments.Count; s++)
        {
            for (var c = 0; c < scenario.Channels.Count; c++)
            {
                foreach (var early in (ReadOnlySpan<bool>)[false, true])
                {
                    lines.Clear();
                    long total = 0;
                    foreach (var cell in layout.Cells)
                    {
                        if (cell.Segment != s || cell.Channel != c) continue;
                        for (var g = 0; g < classes; g++)
                        {
                            var units = firm.Units[cell.Index * classes + g];
                            if (units == 0 || takes[g] != early) continue;
                            lines.Add((cell.Index, g, units));
                            total += units;
                        }
                    }
                    if (total == 0) continue;
                    var invoice = Invoice.Compute(total * firm.ListPrice[s],
                        new InvoiceTerms(0m, discounts[c], pricing.Rebate, early ? pricing.EarlyPaymentDiscount : 0m, scenario.Segments[s].VatRate));
                    Spread(invoice, lines, total, firm.ListPrice[s], books, ttc, vat);
                    salesOfGoods += invoice.NetCommercial + invoice.Refund;
                    refunds += invoice.Refund;
                    cashDiscounts += invoice.CashDiscount;
                    collected += invoice.Vat;
                }
            }
        }
        books.InvoicedTtc = ttc.Sum();
        Post(books.Ledger, "Ventes de marchandises du trimestre",
            JournalLine.Debiting(AccountNumbers.Customers, books.InvoicedTtc),
            JournalLine.Debiting(AccountNumbers.SalesAllowances, refunds),
            JournalLine.Debiting(AccountNumbers.CashDiscountsGranted, cashDiscounts),
            JournalLine.Crediting(AccountNumbers.SalesOfGoods, salesOfGoods),
            JournalLine.Crediting(AccountNumbers.VatCollected, collected));
        for (var g = 0; g < classes; g++)
        {
            if (ttc[g] == 0) continue;
            var credit = scenario.CreditClasses[g];
            var days = takes[g] ? pricing.EarlyPaymentDays : pricing.PaymentTermsDays;
            books.Receivables.Add(new ReceivableVintage
            {
                Turn = layout.Turn,
                CreditClass = credit.Id,
                TermsDays = days,
                LagDays = takes[g] ? days : days + credit.PaymentDelayDays,
                InvoicedTtc = ttc[g],
                InvoicedVat = vat[g],
            });
        }
    }

    /// <summary>
    /// Spreads one invoice (a segment × channel × payment behaviour for the quarter) over its territory cells and
    /// credit classes in proportion to units; the last line takes the rounding remainders, so the parts add up exactly.
    /// </summary>
    private static void Spread(Invoice invoice, List<(int Cell, int Class, long Units)> lines, long total, decimal price, FirmBooks books, decimal[] ttc, decimal[] vat)
    {
        decimal discount = 0, refund = 0, net = 0, early = 0, due = 0, tax = 0;
        for (var k = 0; k < lines.Count; k++)
        {
            var (cell, credit, units) = lines[k];
            books.Gross[cell] += units * price;
            var last = k == lines.Count - 1;
            var share = (decimal)units / total;
            books.Discount[cell] += Part(invoice.Discounts[0], share, last, ref discount);
            books.Rebate[cell] += Part(invoice.Refund, share, last, ref refund);
            books.Revenue[cell] += Part(invoice.NetCommercial, share, last, ref net);
            books.EarlyPayment[cell] += Part(invoice.CashDiscount, share, last, ref early);
            ttc[credit] += Part(invoice.AmountDue, share, last, ref due);
            vat[credit] += Part(invoice.Vat, share, last, ref tax);
        }
    }

    /// <summary>A share of an amount rounded to the cent, or the remainder for the last part.</summary>
    private static decimal Part(decimal amount, decimal share, bool last, ref decimal allocated)
    {
        var part = last ? amount - allocated : Cents(amount * share);
        allocated += part;
        return part;
    }

    /// <summary>
    /// Each vintage: seeded defaults on the opening outstanding (write-off of LGD, TVA recovered, recovery collected,
    /// insurance indemnity), then the scheduled collection <c>u(L, k−1) − u(L, k)</c>; the last one collects the exact remainder.
    /// </summary>
    private static void Collect(FirmWork firm, MarketLayout layout, FirmBooks books, ulong seed)
    {
        var scenario = layout.Scenario;
        var finance = scenario.Finance;
        var opening = firm.State.Receivables;
        var vintages = new List<ReceivableVintage>(opening.Count + books.Receivables.Count);
        decimal openingReceivables = 0;
        for (var k = 0; k < opening.Count; k++)
        {
            vintages.Add(opening[k]);
            openingReceivables += opening[k].Outstanding;
        }
        vintages.AddRange(books.Receivables);
        books.Receivables.Clear();
        books.OpeningReceivables = openingReceivables;
        decimal collected = 0;
        foreach (var vintage in vintages)
        {
            var outstanding = vintage.Outstanding;
            var age = layout.Turn - vintage.Turn;
            decimal written = 0, recovered = 0;
            if (age >= 1 && outstanding > 0)
            {
                var credit = CreditClass(scenario, vintage.CreditClass);
                var probability = credit is null ? 0 : CreditModel.DefaultProbability(credit.DefaultProbability, vintage.TermsDays, finance.DefaultTermsSensitivity);
                var random = SeededRandom.For(seed, layout.Turn, firm.Id, "default", vintage.CreditClass, vintage.Turn);
                var defaults = 0;
                for (var client = 0; client < finance.ClientsPerClass; client++)
                {
                    if (random.NextUniform() < probability) defaults++;
                }
                var defaulted = finance.ClientsPerClass > 0 ? Cents(outstanding * defaults / finance.ClientsPerClass) : 0m;
                written = Cents(defaulted * (decimal)finance.LossGivenDefault);
                recovered = defaulted - written;
                WriteOff(firm, books, vintage, written, finance.CreditInsuranceCover);
                outstanding -= defaulted;
            }
            var before = CreditModel.UnpaidFraction(vintage.LagDays, age - 1);
            var after = CreditModel.UnpaidFraction(vintage.LagDays, age);
            var scheduled = after <= 0 ? outstanding : before > 0 ? Cents(outstanding * (decimal)((before - after) / before)) : 0m;
            collected += recovered + scheduled;
            var next = vintage with { Collected = vintage.Collected + recovered + scheduled, WrittenOff = vintage.WrittenOff + written };
            if (next.Outstanding > 0) books.Receivables.Add(next);
        }
        books.Collected = collected;
        Transfer(books.Ledger, "Encaissements clients", AccountNumbers.Bank, AccountNumbers.Customers, collected);
    }

    private static void WriteOff(FirmWork firm, FirmBooks books, ReceivableVintage vintage, decimal written, decimal cover)
    {
        if (written <= 0) return;
        var vat = vintage.InvoicedTtc > 0 ? Cents(written * vintage.InvoicedVat / vintage.InvoicedTtc) : 0m;
        Post(books.Ledger, $"Créances irrécouvrables (classe {vintage.CreditClass})",
            JournalLine.Debiting(AccountNumbers.BadDebtLosses, written - vat),
            JournalLine.Debiting(AccountNumbers.VatCollected, vat),
            JournalLine.Crediting(AccountNumbers.Customers, written));
        books.WrittenOff += written;
        books.WrittenOffByClass[vintage.CreditClass] = books.WrittenOffByClass.GetValueOrDefault(vintage.CreditClass) + written;
        if (!firm.Decisions.Pricing.CreditInsurance) return;
        var indemnity = Cents((written - vat) * cover);
        Transfer(books.Ledger, "Indemnité de l'assurance-crédit", AccountNumbers.Bank, AccountNumbers.ExceptionalIncome, indemnity);
        books.InsuranceRecovery += indemnity;
    }

    /// <summary>Rep sales attribution, pay (fixed, commission, bonus, legal top-up), social charges, severance; all paid in the quarter.</summary>
    private static void PaySalesforce(FirmWork firm, MarketLayout layout, FirmBooks books)
    {
        var parameters = layout.Scenario.Salesforce;
        var plan = firm.Decisions.Remuneration;
        var revenue = books.Revenue.Sum();
        var marginRate = revenue > 0 ? (revenue - books.CostOfGoodsSold) / revenue : 0m;
        var cashRate = books.InvoicedTtc > 0 ? Math.Min(1m, books.Collected / books.InvoicedTtc) : 0m;
        decimal fixedPay = 0, variable = 0, charges = 0, fees = 0, visits = 0;
        foreach (var rep in firm.Reps)
        {
            var sales = 0.0;
            foreach (var cell in layout.Cells)
            {
                if (cell.VisitCell < 0) continue;
                var effective = rep.Effective(cell.VisitCell);
                if (effective > 0) sales += (double)books.Revenue[cell.Index] * effective / firm.Effective[cell.VisitCell];
            }
            rep.Sales = Cents((decimal)sales);
            var commissionBase = plan.CommissionBase switch
            {
                CommissionBase.Margin => Cents(rep.Sales * marginRate),
                CommissionBase.CashCollected => Cents(rep.Sales * cashRate),
                _ => rep.Sales,
            };
            Payroll.Pay(rep, commissionBase, plan, parameters);
            if (rep.State.Status != RepStatus.InsideSales)
            {
                rep.VisitExpenses = Cents((decimal)TeamUpdate.VisitsAvailable(rep) * parameters.VisitExpense);
            }
            visits += rep.VisitExpenses;
            if (LabourLaw.IsSalaried(rep.State.Status))
            {
                fixedPay += rep.FixedPay + rep.MinimumTopUp;
                variable += rep.Commission + rep.Bonus;
                charges += rep.SocialCharges;
            }
            else
            {
                fees += rep.GrossPay;
            }
        }
        var staff = fixedPay + variable + firm.Severance;
        Post(books.Ledger, "Rémunérations de la force de vente",
            JournalLine.Debiting(AccountNumbers.Salaries, fixedPay),
            JournalLine.Debiting(AccountNumbers.Commissions, variable),
            JournalLine.Debiting(AccountNumbers.Indemnities, firm.Severance),
            JournalLine.Debiting(AccountNumbers.SocialCharges, charges),
            JournalLine.Crediting(AccountNumbers.StaffPayable, staff),
            JournalLine.Crediting(AccountNumbers.SocialSecurity, charges));
        Pay(books.Ledger, "Paiement des salaires, des charges sociales et des indemnités",
            (AccountNumbers.StaffPayable, staff, "Salaires"),
            (AccountNumbers.SocialSecurity, charges, "Charges sociales"),
            (AccountNumbers.ExceptionalExpenses, firm.AgentIndemnities, "Indemnités de fin de contrat d'agents"));
        firm.AgentFees = fees;
        firm.VisitExpenses = visits;
        books.SalesforceCost = fixedPay + variable + charges + fees + visits;
        // Agent and multicarte fees are variable too; they are external charges (622), counted with them in PayExternalCharges.
        books.VariableCosts = Cents(variable * (1 + parameters.SocialChargeRate));
    }

    /// <summary>External charges of the quarter (613, 616, 618, 622, 623, 625, 6284), paid in the quarter with deductible TVA.</summary>
    private static void PayExternalCharges(FirmWork firm, MarketLayout layout, FirmBooks books)
    {
        var rate = layout.Scenario.Finance.ServicesVatRate;
        var lines = new List<JournalLine>(20);
        decimal vat = 0, total = 0;
        foreach (var charge in ExternalCharges.Of(firm, layout, books))
        {
            if (charge.Amount == 0) continue;
            lines.Add(JournalLine.Debiting(charge.Account, charge.Amount, charge.Label));
            var tax = charge.Vatable ? Cents(charge.Amount * rate) : 0m;
            vat += tax;
            total += charge.Amount + tax;
            if (charge.Variable) books.VariableCosts += charge.Amount;
        }
        lines.Add(JournalLine.Debiting(AccountNumbers.VatDeductible, vat));
        lines.Add(JournalLine.Crediting(AccountNumbers.Bank, total));
        Post(books.Ledger, "Charges externes du trimestre (payées comptant)", [.. lines]);
    }

    private static void Depreciate(FirmWork firm, Ledger ledger)
    {
        var netBookValue = ledger.Balance(AccountNumbers.TangibleAssets) + ledger.Balance(AccountNumbers.TangibleAssetsDepreciation);
        Transfer(ledger, "Dotation aux amortissements", AccountNumbers.DepreciationExpense, AccountNumbers.TangibleAssetsDepreciation,
            Math.Min(firm.State.DepreciationPerQuarter, Math.Max(0m, netBookValue)));
    }

    private static void RecordInventoryChange(FirmBooks books)
    {
        var change = books.OpeningInventoryValue - books.ClosingInventoryValue;
        if (change >= 0) Transfer(books.Ledger, "Variation des stocks de marchandises", AccountNumbers.InventoryChange, AccountNumbers.Inventory, change);
        else Transfer(books.Ledger, "Variation des stocks de marchandises", AccountNumbers.Inventory, AccountNumbers.InventoryChange, -change);
    }

    /// <summary>Provision = expected loss EL = Σ PD_g(T)·LGD·outstanding HT (§6.3), booked as a dotation or a reprise.</summary>
    private static void AdjustProvision(MarketLayout layout, FirmBooks books)
    {
        decimal target = 0;
        foreach (var vintage in books.Receivables)
            target += ExpectedLoss(vintage, layout.Scenario);
        books.Provision = target;
        var change = target + books.Ledger.Balance(AccountNumbers.CustomerImpairment);
        if (change >= 0) Transfer(books.Ledger, "Dotation aux dépréciations des créances clients", AccountNumbers.ImpairmentExpense, AccountNumbers.CustomerImpairment, change);
        else Transfer(books.Ledger, "Reprise sur dépréciations des créances clients", AccountNumbers.CustomerImpairment, AccountNumbers.ImpairmentReversal, -change);
    }

    /// <summary>EL of one vintage: PD_g(T) × LGD × outstanding HT, rounded to the cent.</summary>
    internal static decimal ExpectedLoss(ReceivableVintage vintage, MarketScenario scenario)
    {
        var credit = CreditClass(scenario, vintage.CreditClass);
        if (credit is null || vintage.InvoicedTtc == 0) return 0m;
        var probability = CreditModel.DefaultProbability(credit.DefaultProbability, vintage.TermsDays, scenario.Finance.DefaultTermsSensitivity);
        var outstandingHt = vintage.Outstanding * (1 - vintage.InvoicedVat / vintage.InvoicedTtc);
        return Cents(outstandingHt * (decimal)(probability * scenario.Finance.LossGivenDefault));
    }

    /// <summary>The scenario's credit class with this id (ids are unique), or null.</summary>
    private static CreditClassDefinition? CreditClass(MarketScenario scenario, string id)
    {
        var classes = scenario.CreditClasses;
        for (var k = 0; k < classes.Count; k++)
        {
            if (classes[k].Id == id) return classes[k];
        }
        return null;
    }

    /// <summary>TVA à décaisser = TVA collectée − TVA déductible − crédit reporté; a negative amount becomes a crédit de TVA.</summary>
    private static void SettleVat(Ledger ledger)
    {
        var collected = ledger.Balance(AccountNumbers.VatCollected);
        var deductible = ledger.Balance(AccountNumbers.VatDeductible);
        var credit = ledger.Balance(AccountNumbers.VatCredit);
        var net = collected + deductible + credit;
        Post(ledger, "Déclaration de TVA du trimestre",
            Line(AccountNumbers.VatCollected, -collected),
            Line(AccountNumbers.VatDeductible, -deductible),
            Line(AccountNumbers.VatCredit, -credit),
            net < 0 ? JournalLine.Crediting(AccountNumbers.VatDue, -net) : JournalLine.Debiting(AccountNumbers.VatCredit, net));
    }

    /// <summary>IS on the quarter's profit after losses carried forward: 15 % up to the quarterly SME band, 25 % beyond (§7.4).</summary>
    private static void BookCorporateTax(FirmWork firm, MarketLayout layout, FirmBooks books)
    {
        var finance = layout.Scenario.Finance;
        var preTax = books.Ledger.Result;
        var carry = firm.State.TaxLossCarryForward;
        decimal tax = 0;
        if (preTax <= 0)
        {
            carry += -preTax;
        }
        else
        {
            var used = Math.Min(carry, preTax);
            carry -= used;
            var taxable = preTax - used;
            tax = Cents(finance.ReducedTaxRate * Math.Min(taxable, finance.ReducedTaxBandQuarterly)
                + finance.CorporateTaxRate * Math.Max(0m, taxable - finance.ReducedTaxBandQuarterly));
        }
        Transfer(books.Ledger, "Impôt sur les sociétés du trimestre", AccountNumbers.IncomeTax, AccountNumbers.IncomeTaxPayable, tax);
        books.CorporateTax = tax;
        books.TaxLossCarryForward = carry;
        books.NetIncome = preTax - tax;
    }

    /// <summary>Rounds an amount to the cent (half away from zero), the one money rounding rule of the engine.</summary>
    internal static decimal Cents(decimal amount) => Money.RoundToCents(amount);

    private static JournalLine Line(string account, decimal debitMinusCredit) =>
        debitMinusCredit >= 0 ? JournalLine.Debiting(account, debitMinusCredit) : JournalLine.Crediting(account, -debitMinusCredit);

    /// <summary>Posts "debit <paramref name="debit"/>, credit <paramref name="credit"/>" for a positive amount; nothing otherwise.</summary>
    private static void Transfer(Ledger ledger, string label, string debit, string credit, decimal amount)
    {
        if (amount > 0) ledger.Post(new JournalEntry(label, new[] { JournalLine.Debiting(debit, amount), JournalLine.Crediting(credit, amount) }));
    }

    /// <summary>Posts one payment from the bank (512) of every positive amount, each line with its own label.</summary>
    private static void Pay(Ledger ledger, string label, params ReadOnlySpan<(string Account, decimal Amount, string Detail)> debits)
    {
        var count = 0;
        decimal total = 0;
        foreach (var (_, amount, _) in debits)
        {
            if (amount <= 0) continue;
            count++;
            total += amount;
        }
        if (total == 0) return;
        var lines = new JournalLine[count + 1];
        var index = 0;
        foreach (var (account, amount, detail) in debits)
        {
            if (amount > 0) lines[index++] = JournalLine.Debiting(account, amount, detail);
        }
        lines[index] = JournalLine.Crediting(AccountNumbers.Bank, total);
        ledger.Post(new JournalEntry(label, lines));
    }

    /// <summary>Posts the non-zero lines of an entry (nothing when fewer than two remain).</summary>
    /// <remarks>The array is the caller's own (params or a fresh one): it is kept as is when every line counts. <see cref="Ledger.Post"/> validates the entry.</remarks>
    private static void Post(Ledger ledger, string label, params JournalLine[] lines)
    {
        var count = 0;
        foreach (var line in lines)
        {
            if (line.Debit != 0 || line.Credit != 0) count++;
        }
        if (count < 2) return;
        var kept = lines;
        if (count < lines.Length)
        {
            kept = new JournalLine[count];
            var index = 0;
            foreach (var line in lines)
            {
                if (line.Debit != 0 || line.Credit != 0) kept[index++] = line;
            }
        }
        ledger.Post(new JournalEntry(label, kept));
    }
}
