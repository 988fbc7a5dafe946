/** The form-level message (what failed, in French), announced when it appears. */
export const FormAlert = ({ message }: { message: string | null }) =>
  message ? (
    <p className="form-alert" role="alert">
      {message}
    </p>
  ) : null;
