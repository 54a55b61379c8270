namespace NrcGame.Market.Tests;
public class PlaceholderTests { [Fact] public void Builds() => Assert.True(typeof(PlaceholderTests).Assembly is not null); }
