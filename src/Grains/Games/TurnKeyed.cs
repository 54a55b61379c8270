namespace NrcGame.Grains.Games;

/// <summary>A piece of a grain's state that belongs to one resolved turn.</summary>
public interface ITurnKeyed
{
    /// <summary>The turn it belongs to (1-based).</summary>
    int Turn { get; }
}
