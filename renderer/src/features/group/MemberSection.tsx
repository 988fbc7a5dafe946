import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox } from 'react-aria-components';
import { Link } from 'react-router';
import { useErrorText } from '../../api/errorText';
import { ApiCallError } from '../../api/client';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { QueryFallback } from '../../ui/list/QueryView';
import { useCreateMemberKey, useExportSnapshot, useMemberKey } from './hooks';

/** This file as a member of a group: its key's fingerprint, read over the phone, and « Envoyer au groupe ». */
export const MemberSection = ({ onNotice }: { onNotice: (message: string) => void }) => {
  const { t } = useTranslation();
  const text = useErrorText();
  const key = useMemberKey();
  const create = useCreateMemberKey();
  const send = useExportSnapshot();
  const [attachments, setAttachments] = useState(false);
  const failure = create.error ?? send.error;
  if (!key.isSuccess) return <QueryFallback query={key} />;
  return (
    <section className="section" aria-labelledby="group-member-title">
      <h2 id="group-member-title">{t('group.member.title')}</h2>
      <p>{t('group.member.help')}</p>
      <FormAlert message={failure instanceof ApiCallError ? text(failure.message, failure.detail) : failure ? String(failure) : null} />
      {key.data === null ? (
        <Button variant="primary" isDisabled={create.isPending} onPress={() => create.mutate()}>
          {t('group.member.createKey')}
        </Button>
      ) : (
        <>
          <dl className="details">
            <dt>{t('group.member.fingerprint')}</dt>
            <dd>
              <code data-testid="member-fingerprint">{key.data.fingerprintBlocks}</code>
            </dd>
          </dl>
          <p className="form__help">{t('group.member.fingerprintHelp')}</p>
          <Checkbox className="checkbox" isSelected={attachments} onChange={setAttachments}>
            <span className="checkbox__box" aria-hidden="true" />
            {t('group.member.attachments')}
          </Checkbox>
          <p>
            <Link to="/groupe/demandes">{t('groupRequests.open')}</Link>
          </p>
          <Button
            variant="primary"
            isDisabled={send.isPending}
            onPress={() => send.mutate(attachments, { onSuccess: (file) => onNotice(t('group.member.sent', { name: file.fileName })) })}
          >
            {send.isPending ? t('group.member.sending') : t('group.member.send')}
          </Button>
        </>
      )}
    </section>
  );
};
