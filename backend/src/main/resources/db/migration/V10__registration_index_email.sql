-- The delegate's calendar feed lists their confirmed registrations by e-mail.
create index registration_by_email on registration (email) where status = 'CONFIRMED';
