namespace NrcGame.Scenarios;

/// <summary>A value, or the French errors explaining why there is none. Never both.</summary>
/// <typeparam name="T">Type of the value.</typeparam>
public sealed record ScenarioResult<T> where T : class
{
    private ScenarioResult(T? value, IReadOnlyList<ScenarioError> errors) => (Value, Errors) = (value, errors);

    /// <summary>The value when there are no errors.</summary>
    public T? Value { get; }

    /// <summary>Every error found (empty when <see cref="Value"/> is set).</summary>
    public IReadOnlyList<ScenarioError> Errors { get; }

    /// <summary>Whether the value is usable.</summary>
    public bool IsValid => Value is not null;

    /// <summary>A valid value.</summary>
    public static ScenarioResult<T> Success(T value) => new(value, []);

    /// <summary>A failure; <paramref name="errors"/> must not be empty.</summary>
    public static ScenarioResult<T> Failure(IReadOnlyList<ScenarioError> errors) =>
        errors.Count > 0 ? new(null, errors) : throw new ArgumentException("A failure needs at least one error.", nameof(errors));

    /// <summary><see cref="Success"/> when <paramref name="errors"/> is empty, otherwise <see cref="Failure"/>.</summary>
    public static ScenarioResult<T> From(T value, IReadOnlyList<ScenarioError> errors) => errors.Count == 0 ? Success(value) : Failure(errors);
}
