using System;

namespace IcpCompliance.Parsing;

/// <summary>A parsed type's reader of one text, which <see cref="ParsedValue"/> calls to write the bodies of the
/// overloads and of the .NET parsing interfaces once for every type (C# cannot inherit static interface members from a
/// base struct, so each type still declares them, as one-line forwards).</summary>
/// <typeparam name="TSelf">The parsed type.</typeparam>
internal interface IParsedValue<TSelf>
    where TSelf : IParsedValue<TSelf>
{
    /// <summary>Reads the text in the mode given.</summary>
    /// <param name="text">The text.</param>
    /// <param name="mode">How strictly to read it.</param>
    /// <param name="value">The value, when the text is one; the default otherwise.</param>
    /// <returns>Why and where the text is not a value, or <see cref="ParseFailure.None"/>.</returns>
    static abstract ParseFailure Read(ReadOnlySpan<char> text, ParseMode mode, out TSelf? value);
}
