using System.Security.Cryptography;
using System.Text;

namespace NrcGame.Grains.Access;

/// <summary>
/// Generates the secrets handed to people (teacher key, team join codes) and the hashes kept in
/// storage: a secret is shown once and never stored in clear.
/// </summary>
public static class AccessSecret
{
    // Crockford-like alphabet: no 0/O, 1/I/L, U, so a code read aloud or from paper is unambiguous.
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>A team join code: 14 symbols of a 30-letter alphabet (68 bits), grouped for reading.</summary>
    public static string NewJoinCode() => Group(Random(14));

    /// <summary>A teacher key: 26 symbols (127 bits), grouped for reading.</summary>
    public static string NewTeacherKey() => Group(Random(26));

    /// <summary>
    /// Canonical form of a typed secret: upper case, separators and spaces removed, so that
    /// "abcd-efgh" and "ABCD EFGH" are the same code.
    /// </summary>
    public static string Normalize(string typed) =>
        new(typed.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());

    /// <summary>SHA-256 of the normalized secret, hex encoded: what storage keeps and grain keys use.</summary>
    public static string Hash(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(secret))));

    private static string Random(int length) =>
        new(Enumerable.Range(0, length).Select(_ => Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)]).ToArray());

    private static string Group(string symbols)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < symbols.Length; i++)
        {
            if (i > 0 && i % 4 == 0) builder.Append('-');
            builder.Append(symbols[i]);
        }
        return builder.ToString();
    }
}
