using NrcGame.Market.Accounting;

namespace NrcGame.Market;

/// <summary>What the bookkeeping of one firm's quarter produced: the ledger and the figures the reports need.</summary>
internal sealed class FirmBooks(Ledger ledger, int cells)
{
    public Ledger Ledger { get; } = ledger;

    public decimal[] Gross { get; } = new decimal[cells];

    public decimal[] Discount { get; } = new decimal[cells];

    public decimal[] Rebate { get; } = new decimal[cells];

    public decimal[] Revenue { get; } = new decimal[cells];

    public decimal[] EarlyPayment { get; } = new decimal[cells];

    public decimal InvoicedTtc { get; set; }

    public decimal Purchases { get; set; }

    public decimal PurchasesTtc { get; set; }

    public decimal CostOfGoodsSold { get; set; }

    public decimal OpeningInventoryValue { get; set; }

    public decimal ClosingInventoryValue { get; set; }

    public Dictionary<string, InventoryState> Inventory { get; } = new(StringComparer.Ordinal);

    public List<ReceivableVintage> Receivables { get; } = [];

    public decimal OpeningReceivables { get; set; }

    public decimal Collected { get; set; }

    public decimal WrittenOff { get; set; }

    public decimal InsuranceRecovery { get; set; }

    public Dictionary<string, decimal> WrittenOffByClass { get; } = new(StringComparer.Ordinal);

    public decimal Provision { get; set; }

    public decimal SalesforceCost { get; set; }

    public decimal VariableCosts { get; set; }

    public decimal CorporateTax { get; set; }

    public decimal TaxLossCarryForward { get; set; }

    public decimal NetIncome { get; set; }

    public AccountBalances Closing { get; set; } = AccountBalances.Empty;
}
