using System;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using IcpCompliance.Filing;
using IcpCompliance.Internal;

namespace IcpCompliance.Serialization;

/// <summary>
/// JSON for the library's types with System.Text.Json: ready-made options, a way to add the library's converters
/// and metadata to options of your own, and typed helpers.
/// </summary>
/// <remarks>Reading refuses what it does not understand: an unknown property, a missing required one, a null where
/// none is allowed, or a number or identifier that does not parse (an <see cref="IcpJsonException"/> carrying the
/// parser's error and the JSON path). Thread-safe.</remarks>
public static class IcpJson
{
    private static readonly JsonSerializerOptions ReadOnlyOptions = CreateOptions();
    private static readonly JsonTypeInfo<FilingApplication> ApplicationInfo =
        (JsonTypeInfo<FilingApplication>)ReadOnlyOptions.GetTypeInfo(typeof(FilingApplication));

    /// <summary>The options the library reads and writes with (read-only): those of <see cref="IcpJsonContext"/>,
    /// with Chinese and other non-ASCII text written as itself rather than as <c>\uXXXX</c> escapes (characters
    /// that matter to HTML are still escaped).</summary>
    public static JsonSerializerOptions Options => ReadOnlyOptions;

    /// <summary>Adds the library's source-generated metadata (and so its converters) to options of your own, after
    /// any resolvers they already have. The naming and strictness settings of your options apply.</summary>
    /// <param name="options">Options that are not yet read-only.</param>
    /// <returns>The same options, for chaining.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="System.InvalidOperationException">The options are read-only (already used).</exception>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        Preconditions.CheckNotNull(options);
        foreach (var converter in IcpJsonContext.Default.Options.Converters)
        {
            options.Converters.Add(converter);
        }

        options.TypeInfoResolverChain.Add(IcpJsonContext.Default);
        return options;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(IcpJsonContext.Default.Options)
        {
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            TypeInfoResolver = IcpJsonContext.Default,
        };
        options.MakeReadOnly();
        return options;
    }

    /// <summary>Writes an application as JSON.</summary>
    /// <param name="application">The application.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="application"/> is null.</exception>
    public static string Serialize(FilingApplication application)
        => JsonSerializer.Serialize(Preconditions.CheckNotNull(application), ApplicationInfo);

    /// <summary>Reads an application from JSON.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The application.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not JSON, or not a valid application; an
    /// <see cref="IcpJsonException"/> when a value does not parse.</exception>
    public static FilingApplication DeserializeApplication(string json)
    {
        Preconditions.CheckNotNull(json);
        try
        {
            return JsonSerializer.Deserialize(json, ApplicationInfo)
                ?? throw new JsonException("The JSON text is null, not an application.");
        }
        catch (ArgumentException e) when (e.InnerException is EncoderFallbackException)
        {
            // System.Text.Json transcodes the text to UTF-8 first and throws ArgumentException for a lone
            // surrogate: that is bad input, reported as the documented JsonException (found by fuzzing).
            throw new JsonException("The JSON text holds a lone surrogate, which is not valid UTF-16.", e);
        }
    }
}
