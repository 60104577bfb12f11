using System;
using System.Runtime.CompilerServices;
using NodaTime;

namespace IcpCompliance.Internal;

/// <summary>
/// The one place where public methods check their arguments, so every member reports a programmer error the same
/// way. User data never goes through here: bad text is a <see cref="Parsing.ParseError"/>, not an exception.
/// </summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>(T? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
        where T : class
        => argument ?? throw new ArgumentNullException(paramName);

    internal static void CheckArgument(bool condition, string message, [CallerArgumentExpression(nameof(condition))] string? paramName = null)
    {
        if (!condition)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    internal static void CheckArgumentRange(int value, int minInclusive, int maxInclusive, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"Value must be in the range [{minInclusive}, {maxInclusive}].");
        }
    }

    internal static Duration CheckArgumentRange(Duration value, Duration minInclusive, Duration maxInclusive, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"Value must be in the range [{minInclusive}, {maxInclusive}].");
        }

        return value;
    }

    internal static void CheckEnumDefined<TEnum>(TEnum value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"Value is not a defined {typeof(TEnum).Name}.");
        }
    }

    internal static InvalidOperationException DefaultValue(string typeName)
        => new($"This {typeName} is the default value of its type and holds no value; obtain values from Parse or TryParse.");
}
