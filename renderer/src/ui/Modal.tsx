import type { ReactNode } from 'react';
import { Dialog, Heading, Modal as AriaModal, ModalOverlay } from 'react-aria-components';

type ModalProps = {
  title: string;
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  children: ReactNode;
};

/** A modal dialog with focus trapping, Escape to close and a labelled heading. */
export const Modal = ({ title, isOpen, onOpenChange, children }: ModalProps) => (
  <ModalOverlay className="modal-overlay" isOpen={isOpen} onOpenChange={onOpenChange} isDismissable>
    <AriaModal className="modal">
      <Dialog className="modal__dialog">
        <Heading slot="title" className="modal__title">
          {title}
        </Heading>
        {children}
      </Dialog>
    </AriaModal>
  </ModalOverlay>
);
