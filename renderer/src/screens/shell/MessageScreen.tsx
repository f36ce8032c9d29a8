import { useDocumentTitle } from '../../components/useDocumentTitle';

export function MessageScreen({ title, message }: { title: string; message: string }) {
  useDocumentTitle(title);
  return (
    <>
      <h1>{title}</h1>
      <p>{message}</p>
      <p>
        <a href="#/register">Go to the programme register</a>
      </p>
    </>
  );
}
