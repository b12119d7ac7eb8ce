using DdmConformance.ReferenceTarget.Errors;

namespace DdmConformance.ReferenceTarget.Accounts;

/// <summary>
/// The A.3 codes of the account operations (all status 400, messages as A.3 prints them). The detail says
/// what exactly was wrong; it never quotes a password.
/// </summary>
internal static class AccountErrors
{
    public static ApiErrorException DuplicatedInRequest(string name) => Error("DBS.300107", "The accounts are duplicated.", $"account {name} is given twice");

    public static ApiErrorException CreateFailed(string detail) => Error("DBS.300300", "Failed to create a DDM account", detail);

    public static ApiErrorException UpdateFailed(string detail) => Error("DBS.300301", "Failed to update the account.", detail);

    public static ApiErrorException InvalidName(string detail) => Error("DBS.300305", "Invalid DDM account name.", detail);

    public static ApiErrorException InvalidPassword(string detail) => Error("DBS.300306", "The account password is invalid.", detail);

    public static ApiErrorException InvalidDescription(string detail) => Error("DBS.300307", "The account description is invalid.", detail);

    public static ApiErrorException InvalidPermissions(string detail) => Error("DBS.300309", "The account basic permissions are invalid.", detail);

    public static ApiErrorException AlreadyExists(string name) => Error("DBS.300311", "The account already exists.", $"account {name} exists");

    public static ApiErrorException NotFound(string name) => Error("DBS.300327", "The account does not exist.", $"no account {name} here");

    public static ApiErrorException ResetFailed(string name) => Error("DBS.300328", "Failed to reset the password.", $"no account {name} here");

    private static ApiErrorException Error(string code, string message, string detail)
        => new(new ApiError(ErrorKind.InvalidParameter, 400, code, message, detail));
}
