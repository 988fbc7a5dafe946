import { Button as AriaButton, type ButtonProps as AriaButtonProps } from 'react-aria-components';

type ButtonProps = AriaButtonProps & { variant?: 'primary' | 'secondary' | 'quiet' | 'danger' };

/** The one button of the app; `variant` picks its weight. */
export const Button = ({ variant = 'secondary', className, ...props }: ButtonProps) => (
  <AriaButton {...props} className={`button button--${variant}${typeof className === 'string' ? ` ${className}` : ''}`} />
);
