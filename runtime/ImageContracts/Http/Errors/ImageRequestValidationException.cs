using System;
using System.Text;

namespace ImageContracts.Http;

/// <summary>The request broke its model's contract and was not sent. <see cref="Validation"/> lists every error
/// (and warning); the message lists the errors. Turn validation off with <see cref="ImagesClientOptions.ValidateRequests"/>.</summary>
public sealed class ImageRequestValidationException : ImagesClientException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="model">The request's model.</param>
    /// <param name="endpoint">The endpoint.</param>
    /// <param name="validation">The failed validation.</param>
    public ImageRequestValidationException(string model, ImageEndpoint endpoint, ValidationResult validation)
        : base(Compose(model, endpoint, validation))
    {
        ArgumentNullException.ThrowIfNull(validation);
        Model = model;
        Endpoint = endpoint;
        Validation = validation;
    }

    /// <summary>The request's model.</summary>
    public string Model { get; }

    /// <summary>The endpoint the request was for.</summary>
    public ImageEndpoint Endpoint { get; }

    /// <summary>The validation result (errors and warnings).</summary>
    public ValidationResult Validation { get; }

    private static string Compose(string model, ImageEndpoint endpoint, ValidationResult validation)
    {
        var text = new StringBuilder("The ").Append(model).Append(' ').Append(WireValue.Endpoint(endpoint))
            .Append(" request is invalid and was not sent (")
            .Append(validation.Errors.Count == 1 ? "1 error" : validation.Errors.Count + " errors").Append("):");
        foreach (ValidationFinding error in validation.Errors)
        {
            text.Append("\n  ").Append(error.Code);
            if (error.Parameter is not null)
            {
                text.Append(" [").Append(error.Parameter).Append(']');
            }

            text.Append(": ").Append(error.Message);
        }

        return text.ToString();
    }
}
